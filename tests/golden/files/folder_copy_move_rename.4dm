// Folder copyTo/moveTo/rename move whole trees; fk overwrite merges into an existing folder
var $src:=Folder("/PACKAGE/src")
$src.file("a.txt").setText("a")
$src.file("in/b.txt").setText("b")
var $dest:=Folder("/PACKAGE/dest")
$dest.create()
var $copy:=$src.copyTo($dest)
ALERT($copy.path+" "+String($copy.files(fk recursive).length))  // expect: /PACKAGE/dest/src/ 2
$x:=Try($src.copyTo($dest))
ALERT(String(Last errors[0].errCode))  // expect: -48
$src.file("a.txt").setText("A2")
$copy:=$src.copyTo($dest; fk overwrite)
ALERT($copy.file("a.txt").getText())  // expect: A2
$copy:=$src.copyTo($dest; "other")
ALERT($copy.fullName)  // expect: other
var $moved:=$copy.moveTo($src; "inside")
ALERT($moved.path+" "+String($copy.exists))  // expect: /PACKAGE/src/inside/ False
var $renamed:=$moved.rename("renamed")
ALERT($renamed.path)  // expect: /PACKAGE/src/renamed/
$x:=Try($src.moveTo($src.folder("renamed")))
ALERT(String(Last errors[0].errCode))  // expect: -10750
$x:=Try(Folder("/PACKAGE/missing").copyTo($dest))
ALERT(String(Last errors[0].errCode))  // expect: -120
