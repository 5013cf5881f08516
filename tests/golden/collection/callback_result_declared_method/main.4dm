// A method that declares a result but only sets $1.result: $1.result is what counts
var $c : Collection
$c:=[5; 12; 7; 30]
ALERT(JSON Stringify($c.filter("under"; 10)))  // expect: [5,7]
ALERT(String($c.findIndex("under"; 6)))  // expect: 0
ALERT(String($c.every(1; "under"; 100)))  // expect: True
ALERT(String($c.some("under"; 0)))  // expect: False
ALERT(JSON Stringify(["ccc"; "a"; "bb"].orderByMethod("shorter")))  // expect: ["a","bb","ccc"]
ALERT(JSON Stringify(["ccc"; "a"; "bb"].sort("shorter")))  // expect: ["a","bb","ccc"]
