// OB Copy of an object that contains itself is an error
var $o; $c : Object
$o:={}
$o.self:=$o
$c:=OB Copy($o)
// expect runtime error: OB Copy: circular reference
