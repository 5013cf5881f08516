// The date commands need a Date
$n:=Day of("2020-01-01")
// expect runtime error: Parameter 1 of Day of: Date expected, got Text
