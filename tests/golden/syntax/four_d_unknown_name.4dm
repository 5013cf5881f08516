// A name starting with "4D " that run4d does not know is one name (a clear error, not a syntax error)
$x:=4D Nonexistent thing("a")  // expect error: Unknown command or method: 4D Nonexistent thing
