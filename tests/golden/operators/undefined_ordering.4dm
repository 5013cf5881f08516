// Undefined ordered against a text, date, time or number is False; against undefined it is an error
var $box : Object
var $w : Variant
$box:={}
ALERT(String($box.nope<"m")+String($box.nope>=0)+String($box.nope<=!2001-02-03!)+String($box.nope>?00:00:01?))  // expect: FalseFalseFalseFalse
ALERT(String($w>-1))  // expect: False
ALERT(String($box.nope=$w)+String($box.nope#Null))  // expect: TrueFalse
$r:=$box.nope<$w
// expect runtime error: Incompatible types: undefined < undefined
