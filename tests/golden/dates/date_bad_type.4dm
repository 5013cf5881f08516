// Date accepts only Text and Date values
$d:=Date(20200101)
// expect runtime error: Parameter 1 of Date: Text or Date expected, got Number
