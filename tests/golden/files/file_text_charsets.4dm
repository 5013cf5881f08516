// setText/getText: UTF-8 without a byte order mark by default; a Unicode set named explicitly gets its mark;
// "-no-bom" drops it; a mark in the file wins over the set asked for when reading
var $f:=File("/PACKAGE/t.txt")
$f.setText("thé")
ALERT(String($f.size))  // expect: 4
$f.setText("thé"; "UTF-8")
ALERT(String($f.size)+" "+$f.getText())  // expect: 7 thé
$f.setText("thé"; "UTF-8-no-bom")
ALERT(String($f.size))  // expect: 4
$f.setText("thé"; "ISO-8859-1")
ALERT(String($f.size)+" "+$f.getText("ISO-8859-1")+" "+$f.getText(4))  // expect: 3 thé thé
$f.setText("thé"; "UTF-16")
ALERT(String($f.size)+" "+$f.getText("ISO-8859-1"))  // expect: 8 thé
$f.setText("thé"; 1014)
ALERT(String($f.size))  // expect: 6
var $b:=$f.getContent()
ALERT(String($b[0])+" "+String($b[1]))  // expect: 116 0
$x:=Try($f.setText("x"; "no-such-set"))
ALERT(String(Last errors[0].errCode))  // expect: -10718
