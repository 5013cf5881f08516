// createAlias makes a symbolic link (Linux's alias); isAlias and original follow it
var $f:=File("/PACKAGE/target.txt")
$f.setText("pointed to")
var $alias:=$f.createAlias(Folder("/PACKAGE"); "link")
ALERT($alias.fullName+" "+String($alias.isAlias)+" "+String($f.isAlias))  // expect: link True False
ALERT($alias.original.fullName+" "+$alias.getText())  // expect: target.txt pointed to
var $dirAlias:=Folder("/PACKAGE").folder("sub").createAlias(Folder("/PACKAGE"); "subLink")
ALERT(String($dirAlias.isAlias)+" "+String(OB Instance of($dirAlias.original; 4D.Folder)))  // expect: True False
Folder("/PACKAGE/sub").create()
ALERT(String(OB Instance of($dirAlias.original; 4D.Folder)))  // expect: True
$x:=Try($f.createAlias(Folder("/PACKAGE"); "link"))
ALERT(String(Last errors[0].errCode))  // expect: -48
