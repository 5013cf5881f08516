// Match regex with arrays: element zero gets the whole match, elements 1..n the groups
ARRAY LONGINT($pos;0)
ARRAY LONGINT($len;0)
$ok:=Match regex("(\\w+)@(\\w+)\\.org";"mail: ann@example.org now";1;$pos;$len)
ALERT(String($ok))  // expect: True
ALERT(String($pos{0})+"/"+String($len{0}))  // expect: 7/15
ALERT(String(Size of array($pos)))  // expect: 2
ALERT(Substring("mail: ann@example.org now";$pos{2};$len{2}))  // expect: example
$ok:=Match regex("z(\\d)";"abc";1;$pos;$len)
ALERT(String($ok)+" "+String(Size of array($pos)))  // expect: False 0
ARRAY TEXT($wrong;0)
$ok:=Match regex("a";"a";1;$wrong;$len)
// expect runtime error: A numeric array was expected: Match regex: $wrong is not a numeric array
