// Formula copies the local variables it uses when it is created
var $value : Integer
var $o : Object
$value:=10
$o:=New object("f"; Formula($value))
$value:=20
ALERT(String($o.f()))  // expect: 10
$add:=Formula($1+$2)
ALERT(String($add.call(Null; 10; 20)))  // expect: 30
ALERT(String(Formula($1+$2+$3).apply(Null; [1; 2; 3])))  // expect: 6
ALERT(Formula(Uppercase($1)).source)  // expect: Uppercase($1)
$set:=Formula(This.total:=This.price*This.qty)
$item:={price: 2.5; qty: 4}
$set.call($item)
ALERT(String($item.total))  // expect: 10
$fs:=Formula from string("Length($1)")
ALERT(String($fs.call(Null; "abcd")))  // expect: 4
