// Declaring an array with another type starts it again with new elements of that type
ARRAY TEXT($values;2)
$values{1}:="seven"
$p:=->$values
ARRAY LONGINT($values;3)
ALERT(JSON Stringify array($values))  // expect: [0,0,0]
ALERT(String(Type($values)=LongInt array))  // expect: True
$values{1}:=12
ALERT(String($p->{1}))  // expect: 12
