// The documented errors: a missing file (-43), a relative path (run4d -10750), a wrong parameter type
var $f:=File("/PACKAGE/missing.txt")
$x:=Try($f.getText())
ALERT(String(Last errors[0].errCode))  // expect: -43
$x:=Try($f.getContent())
ALERT(String(Last errors[0].errCode))  // expect: -43
$x:=Try($f.moveTo(Folder("/PACKAGE")))
ALERT(String(Last errors[0].errCode))  // expect: -43
$x:=Try(File("relative.txt"))
ALERT(String(Last errors[0].errCode))  // expect: -10750
$x:=Try($f.copyTo("/PACKAGE"))
ALERT(String(Last errors[0].errCode))  // expect: -10702
$x:=Try($f.copyTo(Folder("/PACKAGE")))
ALERT(String(Last errors[0].errCode))  // expect: -43
$x:=Try(File("/sys/kernel/notes").setText("x"))
ALERT(String(Last errors[0].errCode))  // expect: -61
$f.getText()  // expect runtime error: -43
