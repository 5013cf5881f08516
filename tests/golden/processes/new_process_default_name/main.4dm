// New process without a name: the process is called "" (the empty string);
// the program waits for it to end
New process("tell_name"; 0)
// expect: name: []
