// copyTo / moveTo / rename return the new File; a name already taken is error -48 unless fk overwrite
var $src:=File("/PACKAGE/src/one.txt")
$src.setText("1")
var $dest:=Folder("/PACKAGE/dest")
$dest.create()
var $copy:=$src.copyTo($dest)
ALERT($copy.path+" "+$copy.getText())  // expect: /PACKAGE/dest/one.txt 1
$copy:=$src.copyTo($dest; "two.txt")
ALERT($copy.fullName)  // expect: two.txt
$x:=Try($src.copyTo($dest))
ALERT(String(Last errors[0].errCode))  // expect: -48
$src.setText("new")
$copy:=$src.copyTo($dest; fk overwrite)
ALERT($copy.getText())  // expect: new
$copy:=$src.copyTo($dest; "two.txt"; fk overwrite)
ALERT($copy.getText())  // expect: new
var $moved:=$copy.moveTo(Folder("/PACKAGE/src"); "moved.txt")
ALERT($moved.path+" "+String($copy.exists))  // expect: /PACKAGE/src/moved.txt False
var $renamed:=$moved.rename("renamed.md")
ALERT($renamed.fullName+" "+String($moved.exists))  // expect: renamed.md False
$x:=Try($renamed.rename("one.txt"))
ALERT(String(Last errors[0].errCode))  // expect: -48
$x:=Try($renamed.rename("a/b"))
ALERT(String(Last errors[0].errCode))  // expect: -37
$x:=Try($renamed.moveTo(Folder("/PACKAGE/nowhere")))
ALERT(String(Last errors[0].errCode))  // expect: -120
