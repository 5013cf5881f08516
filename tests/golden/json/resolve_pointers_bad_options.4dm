// The options of JSON Resolve pointers must be an object
var $r : Object
$r:=JSON Resolve pointers({a: 1}; "merge")
// expect runtime error: Parameter 2 of JSON Resolve pointers: Object expected, got Text
