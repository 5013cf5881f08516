// Code compiled at run time (EXECUTE FORMULA, Formula from string) can write a property
// that no code of the project writes: This.fib() then sees it
vF:=cs.Fib.new()
ALERT(String(vF.sum(10)))  // expect: 110
EXECUTE FORMULA("vF.fib:=Formula(7)")
ALERT(String(vF.sum(10)))  // expect: 14
vHidden:=cs.Fib.new()
ALERT(String(vHidden.hideWhileRunning(10)))  // expect: 555
vG:=cs.Fib.new()
$set:=Formula from string("vG.sum:=Formula(-1)")
ALERT(String(vG.sum(3)))  // expect: 4
$set.call()
ALERT(String(vG.sum(3)))  // expect: -1
// other instances keep their class's functions
ALERT(String(cs.Fib.new().sum(10)))  // expect: 110
