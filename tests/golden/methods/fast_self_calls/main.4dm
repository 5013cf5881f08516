// A method calling itself with arguments of its parameters' types: the fast entry keeps 4D's checks
ALERT(String(fibm(20)))  // expect: 6765
ON ERR CALL("catcher")
ALERT(countdown(3; "x"))
// expect: countdown,countdown,countdown,countdown,main 4,11,13,13,4
// expect: caught -10701 in countdown line 6
// expect: resumed
ON ERR CALL("")
ALERT(countdown(2; "y"))
// expect: countdown,countdown,countdown,main 4,11,13,9
// expect runtime error: Incompatible types
// expect stderr: in countdown line 6
// expect stderr: in countdown line 11
// expect stderr: in countdown line 13
// expect stderr: in main line 9
