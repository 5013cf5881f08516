// A name of 4D's command catalog is never a process variable
CANCEL:=1  // expect error: CANCEL is a 4D command or constant, not a variable
$x:=Self  // compiles: Self is a command (not supported at run time)
