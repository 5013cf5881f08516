// Objects and collections passed to a worker are copies; shared objects and
// collections are the same object in both processes
var $plain; $shared : Object
var $list : Collection
var $done : 4D.Signal
$plain:=New object("n"; 1)
$list:=New collection("a")
$shared:=New shared object("n"; 1)
$done:=New signal
CALL WORKER("changer"; "change_all"; $plain; $list; $shared; $done)
ALERT(String($done.wait(5)))  // expect: True
ALERT("plain "+String($plain.n))  // expect: plain 1
ALERT("list "+JSON Stringify($list))  // expect: list ["a"]
ALERT("shared "+String($shared.n))  // expect: shared 2
ALERT("worker saw "+$done.seen)  // expect: worker saw 2 ["a","b"]
