// && and || return one of their operands (0 is truthy; "" [] {} are falsy)
var $v : Variant
$v:="Hello" && "World"
ALERT($v)  // expect: World
$v:=0 && False
ALERT(String($v))  // expect: False
$v:=5 && 10 && "hello"
ALERT($v)  // expect: hello
$v:="" || "default"
ALERT($v)  // expect: default
$v:=[] || "empty collection"
ALERT($v)  // expect: empty collection
var $o : Object
$o:=New object
ALERT($o.phone || "n/a")  // expect: n/a
// The right operand is not evaluated when the left one decides
$v:=False && crash_if_called
ALERT(String($v))  // expect: False
