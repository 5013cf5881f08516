// file() and folder() name entries below a folder (they need not exist); an invalid path gives Null
var $d:=Folder("/PACKAGE/base")
ALERT($d.file("x/y.txt").path+" "+$d.folder("x").path)  // expect: /PACKAGE/base/x/y.txt /PACKAGE/base/x/
ALERT(String($d.file("")=Null)+" "+String($d.folder("/abs")=Null))  // expect: True True
ALERT($d.folder("a/../b").path)  // expect: /PACKAGE/base/b/
ALERT(String(OB Instance of($d.file("f"); 4D.File))+" "+String(OB Instance of($d.folder("f"); 4D.Folder)))  // expect: True True
