// This.f() inside a class function: overrides, own properties and other This values
var $c : cs.Counter
$c:=cs.Counter.new()
ALERT($c.run(1))  // expect: 2/4
// a subclass override is called, even with another return type
ALERT(cs.Doubler.new().run(3))  // expect: d6/d6d6
// an own property holding a formula hides the class function
$c.step:=Formula("own"+String($1))
ALERT($c.run(5))  // expect: own5/own5own5
// .call() with a plain object as This: its own "step" is used
ALERT(cs.Counter.new().run.call({step: Formula(10*$1)}; 2))  // expect: 20/40
// .call() with an object that has no "step"
$r:=cs.Counter.new().run.call({}; 2)
// expect runtime error: step
