// OB Copy copies every level: changing the copy leaves the original alone
var $o; $c : Object
$o:={name: "box"; size: {w: 1; h: 2}; tags: ["a"; {t: "b"}]}
$c:=OB Copy($o)
$c.size.w:=100
$c.tags[1].t:="changed"
$c.tags.push("new")
ALERT(JSON Stringify($o))  // expect: {"name":"box","size":{"w":1,"h":2},"tags":["a",{"t":"b"}]}
ALERT(String($c.size.w)+" "+$c.tags[1].t)  // expect: 100 changed
ALERT(String($c=$o))  // expect: False
