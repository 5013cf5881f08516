// flat() spreads nested collections one level deep by default
var $c : Collection
$c:=New collection(1; New collection(2; New collection(3; New collection(4))))
ALERT(JSON Stringify($c.flat()))  // expect: [1,2,[3,[4]]]
ALERT(JSON Stringify($c.flat(2)))  // expect: [1,2,3,[4]]
ALERT(JSON Stringify($c.flat(100)))  // expect: [1,2,3,4]
ALERT(JSON Stringify($c.flat(0)))  // expect: [1,[2,[3,[4]]]]
