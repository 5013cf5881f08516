// Folder.delete(): only an empty folder by default (-47 otherwise, -120 if missing); Delete with contents removes all
var $d:=Folder("/PACKAGE/x/y/z")
ALERT(String($d.create())+" "+String($d.create()))  // expect: True False
var $top:=Folder("/PACKAGE/x")
$x:=Try($top.delete())
ALERT(String(Last errors[0].errCode))  // expect: -47
$x:=Try($top.delete(Delete only if empty))
ALERT(String(Last errors[0].errCode))  // expect: -47
$d.delete()
ALERT(String($d.exists))  // expect: False
$top.delete(Delete with contents)
ALERT(String($top.exists))  // expect: False
$x:=Try($top.delete())
ALERT(String(Last errors[0].errCode))  // expect: -120
$top.delete(Delete with contents)
ALERT("no error for a missing folder deleted with contents")  // expect: no error for a missing folder deleted with contents
