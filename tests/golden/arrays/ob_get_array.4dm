// OB GET ARRAY fills an array with a collection property, converted to the array's type
$data:={scores: [9.5; 7; "8"]; tags: ["a"; "b"]; one: "solo"}
ARRAY REAL($scores;0)
OB GET ARRAY($data;"scores";$scores)
ALERT(JSON Stringify array($scores))  // expect: [9.5,7,8]
ARRAY TEXT($tags;10)
OB GET ARRAY($data;"tags";$tags)
ALERT(JSON Stringify array($tags))  // expect: ["a","b"]
OB GET ARRAY($data;"missing";$tags)
ALERT(String(Size of array($tags)))  // expect: 0
OB GET ARRAY($data;"one";$tags)
ALERT(JSON Stringify array($tags))  // expect: ["solo"]
ARRAY OBJECT($refs;0)
$people:={list: [{n: 1}; {n: 2}]}
OB GET ARRAY($people;"list";$refs)
$refs{1}.n:=100
ALERT(String($people.list[0].n))  // expect: 100
