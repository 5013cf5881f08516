// Declaring an existing array again resizes it: the elements that fit are kept
ARRAY TEXT($fruits;3)
$fruits{1}:="plum"
$fruits{2}:="kiwi"
$fruits{3}:="lime"
ARRAY TEXT($fruits;5)
ALERT(JSON Stringify array($fruits))  // expect: ["plum","kiwi","lime","",""]
ARRAY TEXT($fruits;2)
ALERT(JSON Stringify array($fruits))  // expect: ["plum","kiwi"]
ARRAY TEXT($fruits;0)
ALERT(String(Size of array($fruits)))  // expect: 0
ARRAY TEXT($fruits;-4)
ALERT(String(Size of array($fruits)))  // expect: 0
