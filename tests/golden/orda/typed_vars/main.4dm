// Variables declared with a class type: entities are written and called directly, anything else as usual
var $e : cs.EmployeeEntity
var $p : cs.Point
var $f : 4D.File
$e:=ds.Employee.new()
$e.lastName:="Lovelace"
$e.salary:=5000
ALERT(JSON Stringify($e.save())+" "+$e.describe("Ms ")+" "+String($e.salary))  // expect: {"success":true} Ms Lovelace 5000
// a wrong value: the same error as through any variable
Try
	$e.salary:="much"
	ALERT("not reached")
Catch
	ALERT(String(Last errors[0].errCode)+" "+String($e.salary))  // expect: -10701 5000
End try
// what a class-typed variable holds need not be of that class
$e:=New object("lastName"; "plain")
$e.lastName:="still plain"
ALERT($e.lastName)  // expect: still plain
$p:=cs.Point.new(2)
$p.x:=3
ALERT($p.save())  // expect: Point.save 3
$p:=Null
Try
	$p.x:=1
Catch
	ALERT(String(Last errors[0].errCode))  // expect: -10705
End try
$f:=File("/RESOURCES/none.txt")
Try
	$f.name:="other"
Catch
	ALERT(String(Last errors[0].errCode)+" "+$f.name)  // expect: -10708 none
End try
// ds.X through the datastore open now: dataclasses, the DataStore class's functions, anything else undefined
ALERT(ds.label()+" "+String(ds.Employee.getCount())+" "+String(Undefined(ds.nothing)))  // expect: the store 1 True
ALERT(String(OB Instance of(ds.Employee; 4D.DataClass))+" "+"["+ds.Employee.new().describe("new")+"]")  // expect: True [new]
