// Errors of member functions are ordinary 4D errors (Try, Last errors)
var $c : Collection
$c:=New collection(1)
$r:=Try($c.insert("x"; 1))
ALERT(Last errors[0].message)  // expect: Parameter 1 of Collection.insert: Number expected, got Text
ALERT(String(Last errors[0].errCode))  // expect: -10702
ALERT(JSON Stringify($c))  // expect: [1]
