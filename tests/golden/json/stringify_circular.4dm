// An object containing itself cannot be written as JSON
var $o : Object
$o:={}
$o.me:=[$o]
$t:=JSON Stringify($o)
// expect runtime error: JSON Stringify: circular reference
