// open() with an options object: charset and line-break modes (text or number); blobs; setSize
var $f:=File("/PACKAGE/w.txt")
var $h:=$f.open({mode: "write"; charset: "ISO-8859-1"; breakModeWrite: Document with CRLF})
$h.writeLine("é")
$h.writeText("a\nb")
ALERT(String($h.offset)+" "+String($h.getSize())+" "+$h.breakModeWrite+" "+$h.charset)  // expect: 7 7 crlf ISO-8859-1
var $blob : Blob
TEXT TO BLOB("XY"; $blob; UTF8 text without length)
$h.writeBlob($blob)
$h.setSize(4)
ALERT(String($h.getSize())+" "+String($h.offset))  // expect: 4 4
$h:=Null
ALERT(Replace string($f.getText("ISO-8859-1"; Document unchanged); "\r\n"; "<CRLF>"))  // expect: é<CRLF>a
$h:=$f.open({mode: "read"; breakModeRead: "lf"; charset: "ISO-8859-1"})
ALERT($h.breakModeRead+" "+Replace string($h.readText(); "\n"; "<LF>"))  // expect: lf é<LF>a
$h:=$f.open("write")
$h.writeText("Z")
$h:=Null
ALERT(String($f.size))  // expect: 4
