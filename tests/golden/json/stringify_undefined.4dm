// Undefined properties are left out of objects; undefined elements of collections are null
var $o : Object
$o:={a: 1}
$o.b:=$o.missing
ALERT(JSON Stringify($o))  // expect: {"a":1}
ALERT(JSON Stringify([1; $o.missing; 3]))  // expect: [1,null,3]
