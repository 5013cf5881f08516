// Current date accepts only * as parameter
$d:=Current date(1)
// expect runtime error: Parameter 1 of Current date: * expected, got Number
