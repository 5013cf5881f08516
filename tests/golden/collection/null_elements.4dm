// Null elements: sorted first, skipped by distinct, count, min, max and sum, found by indexOf
var $c : Collection
$c:=[3; Null; "kiwi"; Null; 1]
ALERT(JSON Stringify($c.orderBy()))  // expect: [null,null,"kiwi",1,3]
ALERT(JSON Stringify($c.distinct()))  // expect: ["kiwi",1,3]
ALERT(String($c.count())+" "+String($c.length))  // expect: 3 5
ALERT(String($c.min())+" "+String($c.max())+" "+String($c.sum()))  // expect: kiwi 3 4
ALERT(String($c.indexOf(Null))+" "+String($c.lastIndexOf(Null))+" "+String($c.countValues(Null)))  // expect: 1 3 2
ALERT($c.join("/")+" "+$c.join("/"; ck ignore null or empty))  // expect: 3/null/kiwi/null/1 3/kiwi/1
$c[7]:=0
ALERT(JSON Stringify($c))  // expect: [3,null,"kiwi",null,1,null,null,0]
