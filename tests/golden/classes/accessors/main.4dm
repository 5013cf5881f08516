var $p : cs.Person
$p:=cs.Person.new("John"; "Doe")
ALERT($p.fullName)  // expect: John Doe
$p.fullName:="Jane Smith"
ALERT($p.firstName+"/"+$p.lastName+"/"+$p.initials)  // expect: Jane/Smith/JS
$p.secret:="hidden"
ALERT(String(Undefined($p.secret)))  // expect: True
$p.initials:="XY"  // expect runtime error: The property "initials" is read-only
