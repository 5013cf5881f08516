// getContent returns a 4D.Blob; setContent takes a Blob or a 4D.Blob
var $f:=File("/PACKAGE/bytes.bin")
var $blob : Blob
TEXT TO BLOB("abc"; $blob; UTF8 text without length)
$f.setContent($blob)
var $c:=$f.getContent()
ALERT(String(OB Instance of($c; 4D.Blob))+" "+String($c.size)+" "+String($c[2]))  // expect: True 3 99
$f.setContent($c.slice(1))
ALERT($f.getText())  // expect: bc
