// A very deep recursion fails with a stack overflow; its call chain shows the innermost and
// outermost calls and counts the ones between, instead of printing thousands of lines
ALERT("start")  // expect: start
$x:=down(100000)
// expect runtime error: error -10719: Stack overflow
// expect stderr: in down line 5
// expect stderr: more calls ...
// expect stderr: in main line 4
