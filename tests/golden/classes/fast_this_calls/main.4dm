// This.f() calls inside class functions: the fast entries keep 4D's checks
var $f : cs.Fib
$f:=cs.Fib.new()
ALERT(String($f.fib(20)))  // expect: 6765
ALERT($f.twice("ab"; 1.5; False))  // expect: abab3True
ALERT(String($f.countVia()))  // expect: 5
// a subclass override is called by the inherited function
ALERT(String(cs.FibChild.new().sum(3)))  // expect: 206
// the override calls Super.fib(), whose This.fib() calls the override again
ALERT(String(cs.FibChild.new().fib(7)))  // expect: 314
// .call() with a plain object as This: its own fib is called
ALERT(String($f.sum.call({fib: Formula(1000+$1)}; 5)))  // expect: 2010
// untyped call sites: arguments are checked and converted on entry
var $v : Variant
$v:=7.9
ALERT(String($f.fib($v)))  // expect: 21
Try
	$v:="seven"
	$f.fib($v)
Catch
	ALERT("error "+String(Last errors[0].errCode)+" "+Last errors[0].message)
	// expect: error -10702 Parameter 1 of Fib.fib: Integer expected, got Text
End try
Try
	$f.viaText("8")
Catch
	ALERT("error "+String(Last errors[0].errCode)+" "+Last errors[0].message)
	// expect: error -10702 Parameter 1 of Fib.fib: Integer expected, got Text
End try
// errors inside: the line and the call chain
ON ERR CALL("catcher")
ALERT(String(cs.Walker.new().down(2)))
// expect: Walker.fail,Walker.down,Walker.down,Walker.down,main 9,3,5,5,32
// expect: caught -10701 in Walker.fail line 13
// expect: 2
ON ERR CALL("")
cs.Walker.new().down(1)
// expect: Walker.fail,Walker.down,Walker.down,main 9,3,5,37
// expect runtime error: Walker.fail line 13
// expect stderr: in Walker.down line 3
// expect stderr: in Walker.down line 5
// expect stderr: in main line 37
