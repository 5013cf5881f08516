// Pointers are equal when they designate the same variable or element
ARRAY TEXT(atA;3)
ARRAY TEXT(atB;3)
$a1:=->atA
$a2:=->atA
$b:=->atB
ALERT(String($a1=$a2)+" "+String($a1=$b)+" "+String($a1#$b))  // expect: True False True
ALERT(String((->atA{2})=(->atA{2}))+" "+String((->atA{2})=(->atA{3})))  // expect: True False
ALERT(String((->atA{1})=$a1))  // expect: False
$x:=1
ALERT(String((->$x)=(->$x)))  // expect: True
ARRAY POINTER($list;0)
APPEND TO ARRAY($list;->atB)
APPEND TO ARRAY($list;->atA)
ALERT(String(Find in array($list;$a1)))  // expect: 2
