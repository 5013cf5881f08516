// Every command accepts an empty array
ARRAY TEXT($t;0)
ARRAY LONGINT($n;0)
MULTI SORT ARRAY($t;>;$n;<)
ALERT(String(Size of array($t)+Size of array($n)))  // expect: 0
$o:={}
OB SET ARRAY($o;"list";$t)
ALERT(JSON Stringify($o))  // expect: {"list":[]}
JSON PARSE ARRAY("[]";$n)
ALERT(String(Size of array($n)))  // expect: 0
GET TEXT KEYWORDS("";$t)
ALERT(String(Size of array($t)))  // expect: 0
COPY ARRAY($t;$copy)
ALERT(String(Type($copy)=Text array)+" "+String(Size of array($copy)))  // expect: True 0
ALERT(String(Find in array($t;"@")))  // expect: -1
ALERT(JSON Stringify($t))  // expect: []
