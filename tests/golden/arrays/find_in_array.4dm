// Find in array: the first element equal to a value (as = compares), from a start, or -1
ARRAY TEXT($tags;5)
$tags{1}:="red"
$tags{2}:="Green"
$tags{3}:="blue"
$tags{4}:="GREEN"
$tags{5}:="grey"
ALERT(String(Find in array($tags;"green")))  // expect: 2
ALERT(String(Find in array($tags;"green";3)))  // expect: 4
ALERT(String(Find in array($tags;"gr@")))  // expect: 2
ALERT(String(Find in array($tags;"gr@";5)))  // expect: 5
ALERT(String(Find in array($tags;"purple")))  // expect: -1
ALERT(String(Find in array($tags;"red";9)))  // expect: -1
ARRAY TEXT($accents;2)
$accents{2}:="Café"
ALERT(String(Find in array($accents;"cafe")))  // expect: 2
ARRAY TEXT($odd;3)
$odd{1}:="a"+Char(0)+"b"
$odd{2}:="B"
$odd{3}:="b"
ALERT(String(Find in array($odd;"b"))+" "+String(Count in array($odd;"b")))  // expect: 2 2
ARRAY REAL($reals;3)
$reals{2}:=2.5
$reals{3}:=0.1+0.2
ALERT(String(Find in array($reals;2.5))+" "+String(Find in array($reals;0)))  // expect: 2 1
// Numbers compare exactly here, not within the real comparison level (docs/decisions.md)
ALERT(String(Find in array($reals;0.3)))  // expect: -1
ARRAY LONGINT($secs;2)
$secs{2}:=90
ALERT(String(Find in array($secs;?00:01:30?)))  // expect: 2
ARRAY LONGINT($ids;0)
ALERT(String(Find in array($ids;1)))  // expect: -1
ARRAY BOOLEAN($flags;3)
$flags{3}:=True
ALERT(String(Find in array($flags;True)))  // expect: 3
ARRAY DATE($days;2)
$days{2}:=!2020-01-01!
ALERT(String(Find in array($days;!2020-01-01!)))  // expect: 2
ARRAY OBJECT($objs;3)
$o:={a: 1}
$objs{3}:=$o
ALERT(String(Find in array($objs;$o))+" "+String(Find in array($objs;{a: 1})))  // expect: 3 -1
ARRAY POINTER($ptrs;2)
$ptrs{2}:=->$tags
ALERT(String(Find in array($ptrs;->$tags)))  // expect: 2
Try
	$x:=Find in array($tags;5)
Catch
	ALERT(String(Last errors[0].errCode))  // expect: 54
End try
ARRAY TEXT($gaps;5)
$gaps{2}:="x"
$gaps{4}:="y"
ALERT(String(Find in array($gaps;""))+" "+String(Find in array($gaps;"";2))+" "+String(Count in array($gaps;"")))  // expect: 1 3 3
