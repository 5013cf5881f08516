// create() makes the folders on the way and answers False when something is there; delete() of a missing file does nothing
var $f:=File("/PACKAGE/a/b/c.txt")
ALERT(String($f.create())+" "+String($f.create()))  // expect: True False
ALERT(String(Folder("/PACKAGE/a/b").exists))  // expect: True
ALERT(String(File("/PACKAGE/a/b").create()))  // expect: False
$f.delete()
ALERT(String($f.exists))  // expect: False
$f.delete()
ALERT("deleting again is no error")  // expect: deleting again is no error
File("/PACKAGE/a").delete()
ALERT(String(Folder("/PACKAGE/a").exists))  // expect: True
