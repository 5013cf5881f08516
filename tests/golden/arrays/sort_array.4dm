// SORT ARRAY sorts one array, or several in step with the first, ascending by default
ARRAY TEXT($names;4)
$names{1}:="delta"
$names{2}:="Alpha"
$names{3}:="charlie"
$names{4}:="Bravo"
ARRAY LONGINT($ages;4)
$ages{1}:=40
$ages{2}:=10
$ages{3}:=30
$ages{4}:=20
SORT ARRAY($names;$ages)
ALERT(JSON Stringify array($names))  // expect: ["Alpha","Bravo","charlie","delta"]
ALERT(JSON Stringify array($ages))  // expect: [10,20,30,40]
SORT ARRAY($ages;$names;<)
ALERT(JSON Stringify array($names))  // expect: ["delta","charlie","Bravo","Alpha"]
ARRAY REAL($r;5)
$r{1}:=2.5
$r{2}:=-1
$r{3}:=2.5
$r{4}:=0
$r{5}:=100
SORT ARRAY($r;>)
ALERT(JSON Stringify array($r))  // expect: [-1,0,2.5,2.5,100]
ARRAY DATE($d;3)
$d{1}:=!2023-05-01!
$d{2}:=!2021-12-31!
$d{3}:=!2022-01-15!
SORT ARRAY($d;<)
ALERT(String($d{1};ISO date)+" "+String($d{3};ISO date))  // expect: 2023-05-01T00:00:00 2021-12-31T00:00:00
ARRAY BOOLEAN($b;3)
$b{1}:=True
SORT ARRAY($b)
ALERT(JSON Stringify array($b))  // expect: [false,false,true]
ARRAY TEXT($empty;0)
SORT ARRAY($empty;<)
ALERT(String(Size of array($empty)))  // expect: 0
ARRAY TEXT($accents;3)
$accents{1}:="élan"
$accents{2}:="Eagle"
$accents{3}:="eat"
SORT ARRAY($accents)
ALERT(JSON Stringify array($accents))  // expect: ["Eagle","eat","élan"]
