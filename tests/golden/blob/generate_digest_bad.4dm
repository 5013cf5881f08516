// The obsolete 4D digest (2) and unknown algorithms are refused
$d:=Generate digest("x"; 2)
// expect runtime error: Generate digest: unsupported algorithm 2
