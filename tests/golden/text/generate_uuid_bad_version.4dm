// Only versions 4 and 7 exist
$u:=Generate UUID(5)
// expect runtime error: Generate UUID: the version must be 4 or 7, got 5
