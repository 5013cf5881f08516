// property initialisers, typed properties, computed properties and `shared Function` in a non-shared class
var $g : cs.Gauge
$g:=cs.Gauge.new()
ALERT($g.trail)  // expect: gauge ctor
ALERT(JSON Stringify(OB Keys($g)))  // expect: ["trail"]
// a typed property is checked by the compiler only: at run time the value is stored
$g.level:="high"
ALERT($g.level)  // expect: high
// undefined assigned to a computed property: set receives the empty value of get's type
$g.reading:=$g.unknown
ALERT($g.trail)  // expect: gauge ctor set:0
// a property with a setter only reads as undefined
ALERT(String(Undefined($g.hidden)))  // expect: True
// `shared` is ignored on a function of a non-shared class: no Use needed
$g.mark()
ALERT(String($g.marked))  // expect: True
// parent initialisers run before the child's, both before the constructors
$d:=cs.Dial.new()
ALERT($d.copy+" / "+$d.trail)  // expect: gauge+dial / gauge ctor dial ctor
