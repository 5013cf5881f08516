// Find in sorted array: a search by halves that also says where a missing value would go
ARRAY LONGINT($n;6)
$n{1}:=2
$n{2}:=4
$n{3}:=4
$n{4}:=4
$n{5}:=9
$n{6}:=12
$found:=Find in sorted array($n;4;>;$first;$last)
ALERT(String($found)+" "+String($first)+" "+String($last))  // expect: True 2 4
$found:=Find in sorted array($n;5;>;$first;$last)
ALERT(String($found)+" "+String($first)+" "+String($last))  // expect: False 5 5
If (Not($found))
	INSERT IN ARRAY($n;$first)
	$n{$first}:=5
End if
ALERT(JSON Stringify array($n))  // expect: [2,4,4,4,5,9,12]
$found:=Find in sorted array($n;20;>;$first)
ALERT(String($found)+" "+String($first))  // expect: False 8
SORT ARRAY($n;<)
$found:=Find in sorted array($n;4;<;$first;$last)
ALERT(String($first)+"-"+String($last))  // expect: 4-6
ALERT(String(Find in sorted array($n;1;<;$first))+" "+String($first))  // expect: False 8
ARRAY TEXT($words;5)
$words{1}:="apple"
$words{2}:="Test"
$words{3}:="testing"
$words{4}:="tests"
$words{5}:="zoo"
$found:=Find in sorted array($words;"test@";>;$first;$last)
ALERT(String($found)+" "+String($first)+" "+String($last))  // expect: True 2 4
$found:=Find in sorted array($words;"@oo";>;$first;$last)
ALERT(String($found)+" "+String($first)+" "+String($last))  // expect: True 5 5
$found:=Find in sorted array($words;"@x";>;$first;$last)
ALERT(String($found)+" "+String($first)+" "+String($last))  // expect: False -1 -1
ARRAY TEXT($empty;0)
ALERT(String(Find in sorted array($empty;"a";>;$first))+" "+String($first))  // expect: False 1
ARRAY BOOLEAN($flags;3)
$flags{2}:=True
ALERT(String(Find in sorted array($flags;True;>;$first;$last))+String($first))  // expect: True2
