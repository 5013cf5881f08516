// Line breaks: native (LF on Linux) by default, both when writing and when reading
var $f:=File("/PACKAGE/lines.txt")
$f.setText("a\r\nb\rc\nd")
ALERT(String($f.size))  // expect: 7
$f.setText("a\nb"; "UTF-8"; Document with CRLF)
ALERT(String($f.size)+" "+Replace string(Replace string($f.getText("UTF-8"; Document unchanged); "\r"; "<CR>"); "\n"; "<LF>"))  // expect: 7 a<CR><LF>b
ALERT(Replace string(Replace string($f.getText(); "\r"; "<CR>"); "\n"; "<LF>"))  // expect: a<LF>b
ALERT(Replace string(Replace string($f.getText("UTF-8"; Document with CR); "\r"; "<CR>"); "\n"; "<LF>"))  // expect: a<CR>b
$f.setText("a\nb"; "UTF-8-no-bom"; Document unchanged)
ALERT(String($f.size))  // expect: 3
$f.setText("a\nb"; "UTF-8-no-bom"; Document with CR)
ALERT(Replace string($f.getText("UTF-8"; Document unchanged); "\r"; "<CR>"))  // expect: a<CR>b
