// An unhandled error reports its code, message and the 4D call chain
ALERT("start")  // expect: start
outer
ALERT("not reached")
// expect runtime error: error -10704: call is not a function
// expect stderr: in inner line 3
// expect stderr: in outer line 1
// expect stderr: in main line 3
