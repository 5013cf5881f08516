// Writing an element of a shared collection outside Use...End use is an
// error; member functions such as push() lock the collection themselves
var $queue : Collection
$queue:=New shared collection("a")
$queue.push("b")
Use ($queue)
	$queue[0]:="A"
End use
ALERT(JSON Stringify($queue))  // expect: ["A","b"]
$queue[1]:="B"
ALERT("not reached")
// expect runtime error: A shared collection can only be modified inside Use...End use
