// Writing a property of a shared object outside Use...End use is an error
var $settings : Object
$settings:=New shared object("mode"; "fast")
Use ($settings)
	$settings.mode:="safe"
End use
ALERT($settings.mode)  // expect: safe
$settings.mode:="unsafe"
ALERT("not reached")
// expect runtime error: A shared object can only be modified inside Use...End use
