// The same query string again and again with other values (dataclasses keep parsed query strings):
// each call gives what a fresh parse of the string with its values gives
ds.Employee.fromCollection([{firstName: "Ada"; lastName: "Lovelace"; salary: 5000}; {firstName: "Alan"; lastName: "Turing"; salary: 7000}; \
{firstName: "Grace"; lastName: "Hopper"; salary: 6000}; {firstName: "Émile"; lastName: "Zola"; salary: 4000}])
var $v : Variant
var $out : Text
For each ($v; ["Ada"; "a@"; "@a@"; "emile"; "A@@"; Null; 5000; "x"])
	$out:=$out+String(ds.Employee.query("firstName = :1"; $v).length)+" "
End for each
ALERT($out+"|")  // expect: 1 2 3 1 0 0 0 0 |
$out:=""
For each ($v; [4500; "6000"; Null; "x"; True])
	$out:=$out+String(ds.Employee.query("salary > :1 order by salary desc"; $v).length)+" "
End for each
ALERT($out+"|")  // expect: 3 1 0 0 0 |
$out:=""
For each ($v; [["Ada"; "Grace"]; []; ["zola"]; "Ada"])
	Try
		$out:=$out+ds.Employee.query("firstName in :1 or lastName in :1 order by firstName"; $v).toCollection("firstName").extract("firstName").join(",")+";"
	Catch
		$out:=$out+Last errors[0].message+";"
	End try
End for each
ALERT($out)  // expect: Ada,Grace;;Émile;Invalid query: IN needs a collection or a [list] of values (position 16);
$out:=""
For each ($v; ["Alan"; "Grace"])
	$out:=$out+ds.Employee.query("firstName in [:1, 'Ada'] order by salary"; $v).toCollection("firstName").extract("firstName").join(",")+";"
End for each
ALERT($out)  // expect: Ada,Alan;Ada,Grace;
// a placeholder as the path, named placeholders, attributes: parsed each time
$out:=""
For each ($v; ["firstName"; "lastName"])
	$out:=$out+String(ds.Employee.query(":1 = :2"; $v; "Turing").length)+" "
	$out:=$out+String(ds.Employee.query(":p = :v"; {parameters: {v: "Ada"}; attributes: {p: $v}}).length)+" "
End for each
ALERT($out+"|")  // expect: 0 1 1 0 |
$out:=""
For each ($v; [1; 2])
	Try
		$out:=$out+String(ds.Employee.query("salary > :1 and salary < :2"; $v).length)+";"
	Catch
		$out:=$out+Last errors[0].message+";"
	End try
End for each
ALERT($out)  // expect: Invalid query: no value given for placeholder :2 (position 28);Invalid query: no value given for placeholder :2 (position 28);
$out:=""
For each ($v; [5000; 7000])
	$out:=$out+String(ds.Employee.query("salary = :1 or (not(salary < :1) and firstName # :2)"; $v; "Grace").length)+" "
	$out:=$out+String(ds.Employee.all().query("salary >= :1"; $v).length)+" "
End for each
ALERT($out+"|")  // expect: 2 3 1 1 |
