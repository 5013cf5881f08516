// A pointer is evaluated when the object is stringified
var $who : Text
var $o : Object
$o:=New object("who"; ->$who)
ALERT(JSON Stringify($o))  // expect: {"who":""}
$who:="Sam"
ALERT(JSON Stringify($o))  // expect: {"who":"Sam"}
