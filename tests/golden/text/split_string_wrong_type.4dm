// The options of Split string are a number
$c:=Split string("a,b"; ","; "1")
// expect runtime error: Parameter 3 of Split string: Number expected, got Text
