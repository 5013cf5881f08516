// JSON Parse accepts only the documented type constants
$v:=JSON Parse("1"; Is picture)
// expect runtime error: Parameter 2 of JSON Parse: unsupported type 3
