// $p->prop reads and writes a property of the object a pointer designates
var $box : Object
$box:={label: "tea"; dims: {h: 10}}
$p:=->$box
ALERT($p->label)  // expect: tea
$p->label:="coffee"
$p->dims.h:=12
$p->dims.w:=3
ALERT(JSON Stringify($box))  // expect: {"label":"coffee","dims":{"h":12,"w":3}}
$list:=[5; 2; 9]
$pl:=->$list
ALERT(String($pl->length)+" "+JSON Stringify($pl->orderBy()))  // expect: 3 [2,5,9]
$pp:=->$p
ALERT(($pp->)->label)  // expect: coffee
