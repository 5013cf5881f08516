// ALERT writes its text and a newline on stdout
ALERT("Hello, world")  // expect: Hello, world
ALERT("first"+Char(13)+"second")
// expect: first
// expect: second
