// A shared class makes shared objects; shared functions lock This implicitly
$r:=cs.Registry.new()
$r.add("one")
$r.add("two")
ALERT(JSON Stringify($r.items)+" "+$r.last)  // expect: ["one","two"] two
ALERT(String(cs.Registry.isShared))  // expect: True
