// remove(index{; howMany}): one element by default, negative index from the end
var $c : Collection
$c:=New collection("a"; "b"; "c"; "d"; "e"; "f")
$c.remove(1)
ALERT(JSON Stringify($c))  // expect: ["a","c","d","e","f"]
$c.remove(1; 2)
ALERT(JSON Stringify($c))  // expect: ["a","e","f"]
$c.remove(-1)
ALERT(JSON Stringify($c))  // expect: ["a","e"]
$c.remove(-50; 1)
ALERT(JSON Stringify($c))  // expect: ["e"]
ALERT(JSON Stringify(New collection.remove(0)))  // expect: []
