// files() and folders(): name order, invisible entries included unless fk ignore invisible, fk recursive goes down
var $root:=Folder("/PACKAGE/tree")
$root.file("b.txt").setText("b")
$root.file("a.txt").setText("a")
$root.file(".hidden").setText("h")
$root.file("sub/c.txt").setText("c")
$root.file("sub/deeper/d.txt").setText("d")
$root.file(".dot/e.txt").setText("e")
ALERT($root.files().map(Formula($1.value.fullName)).join(","))  // expect: .hidden,a.txt,b.txt
ALERT($root.files(fk ignore invisible).map(Formula($1.value.fullName)).join(","))  // expect: a.txt,b.txt
ALERT($root.folders().map(Formula($1.value.fullName)).join(","))  // expect: .dot,sub
ALERT($root.files(fk recursive).map(Formula($1.value.path)).join(","))  // expect: /PACKAGE/tree/.hidden,/PACKAGE/tree/a.txt,/PACKAGE/tree/b.txt,/PACKAGE/tree/.dot/e.txt,/PACKAGE/tree/sub/c.txt,/PACKAGE/tree/sub/deeper/d.txt
ALERT($root.files(fk recursive+fk ignore invisible).map(Formula($1.value.fullName)).join(","))  // expect: a.txt,b.txt,c.txt,d.txt
ALERT($root.folders(fk recursive).map(Formula($1.value.name)).join(","))  // expect: .dot,sub,deeper
ALERT(String(Folder("/PACKAGE/none").files().length))  // expect: 0
