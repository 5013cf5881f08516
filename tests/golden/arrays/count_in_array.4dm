// Count in array: how many elements equal a value
ARRAY LONGINT($dice;6)
$dice{1}:=3
$dice{2}:=6
$dice{3}:=3
$dice{4}:=1
$dice{5}:=3
ALERT(String(Count in array($dice;3)))  // expect: 3
ALERT(String(Count in array($dice;0)))  // expect: 1
ALERT(String(Count in array($dice;5)))  // expect: 0
ARRAY TEXT($words;3)
$words{1}:="Yes"
$words{2}:="yes"
$words{3}:="yet"
ALERT(String(Count in array($words;"YES"))+" "+String(Count in array($words;"ye@")))  // expect: 2 3
ARRAY OBJECT($objs;4)
$shared:={}
$objs{1}:=$shared
$objs{4}:=$shared
ALERT(String(Count in array($objs;$shared)))  // expect: 2
ARRAY TEXT($none;0)
ALERT(String(Count in array($none;"")))  // expect: 0
