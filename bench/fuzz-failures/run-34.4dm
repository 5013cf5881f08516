// JSON Stringify without * writes no spaces, properties in creation order
var $o : Object
$o:={title: "Dune"; pages: 412; used: False; notes: Null; parts: [1; "two"; {three: 3}]}
ALERT(JSON Stringify($o))  // expect: {"title":"Dune","pages":412,"used":false,"notes":null,"parts":[1,"two",{"three":3}]}
