// COPY ARRAY gives the destination the source's elements, size and type
ARRAY TEXT($src;2)
$src{0}:="zero"
$src{1}:="one"
$src{2}:="two"
COPY ARRAY($src;$dst)
ALERT(JSON Stringify array($dst)+" "+$dst{0})  // expect: ["one","two"] zero
$dst{1}:="changed"
ALERT($src{1})  // expect: one
ARRAY REAL($reals;2)
$reals{1}:=1.75
$reals{2}:=-3.5
ARRAY INTEGER($ints;5)
COPY ARRAY($reals;$ints)
ALERT(JSON Stringify array($ints)+" "+String(Type($ints)=Integer array))  // expect: [2,-4] True
ARRAY LONGINT($target;1)
COPY ARRAY($src;$target)
ALERT(String(Type($target)=Text array)+" "+$target{2})  // expect: True two
ARRAY OBJECT($objs;1)
$objs{1}:={v: 1}
COPY ARRAY($objs;$objs2)
$objs2{1}.v:=2
ALERT(String($objs{1}.v))  // expect: 2
ARRAY LONGINT($grid;2;2)
$grid{1}{1}:=5
COPY ARRAY($grid;$grid2)
$grid2{1}{1}:=6
ALERT(String($grid{1}{1})+String($grid2{1}{1}))  // expect: 56
ARRAY TEXT($none;0)
COPY ARRAY($none;$src)
ALERT(String(Size of array($src)))  // expect: 0
