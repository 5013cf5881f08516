// A pointer to an array: commands and elements through $p->
ARRAY LONGINT($levels;3)
$p:=->$levels
$p->{1}:=30
$p->{2}:=10
$p->{3}:=20
SORT ARRAY($p->;>)
ALERT(JSON Stringify array($levels))  // expect: [10,20,30]
ALERT(String(Size of array($p->)))  // expect: 3
APPEND TO ARRAY($p->;40)
ALERT(String($levels{4}))  // expect: 40
$p->{2}+=5
ALERT(String($levels{2}))  // expect: 25
ARRAY LONGINT($p->;1)
ALERT(String(Size of array($levels)))  // expect: 1
$pp:=->$p
ALERT(String(($pp->)->{1}))  // expect: 10
