// The second parameter of JSON Stringify can only be *
$t:=JSON Stringify({}; 1)
// expect runtime error: Parameter 2 of JSON Stringify: * expected, got Number
