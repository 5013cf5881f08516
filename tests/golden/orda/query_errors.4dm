// Bad input: malformed query strings give an error with the position; unknown attributes; formulas refused
ds.Employee.fromCollection([{firstName: "Ada"; salary: 1}])
Try
	$s:=ds.Employee.query("firstName = 'Ada' and")
Catch
	ALERT(String(Last errors[0].errCode)+" "+Last errors[0].message)  // expect: -10800 Invalid query: an attribute path was expected at position 22
End try
Try
	$s:=ds.Employee.query("firstName 'Ada'")
Catch
	ALERT(Last errors[0].message)  // expect: Invalid query: a comparator was expected at position 11
End try
Try
	$s:=ds.Employee.query("(salary > 1")
Catch
	ALERT(Last errors[0].message)  // expect: Invalid query: missing ")" (position 12)
End try
Try
	$s:=ds.Employee.query("firstName = 'Ada")
Catch
	ALERT(Last errors[0].message)  // expect: Invalid query: unclosed quote at position 13
End try
Try
	$s:=ds.Employee.query("nickname = 'x'")
Catch
	ALERT(String(Last errors[0].errCode)+" "+Last errors[0].message)  // expect: -10801 The attribute "nickname" does not exist in the dataclass Employee
End try
Try
	$s:=ds.Employee.query("eval(This.salary > 0)"; New object("allowFormulas"; False))
Catch
	ALERT(String(Last errors[0].errCode)+" "+Last errors[0].message)  // expect: 1278 Formula not allowed in this member method
End try
Try
	$s:=ds.Employee.query(Null)
Catch
	ALERT(String(Last errors[0].errCode)+" "+Last errors[0].message)  // expect: 1626 Expecting a text or formula
End try
Try
	$s:=ds.Employee.query("salary = :3"; 1)
Catch
	ALERT(Last errors[0].message)  // expect: Invalid query: no value given for placeholder :3 (position 12)
End try
Try
	ds.Employee.all().add(ds.Employee.get(1))
Catch
	ALERT(String(Last errors[0].errCode)+" "+Last errors[0].message)  // expect: 1637 This entity selection cannot be altered
End try
Try
	$e:=ds.Employee.get(1)
	$e.nickname:="x"
Catch
	ALERT(Last errors[0].message)  // expect: The attribute "nickname" does not exist in the dataclass Employee
End try
ALERT(String(ds.Employee.all().orderBy("nickname").length))  // expect: 0
$s:=ds.Employee.query("salary = 'abc'")
ALERT(String($s.length))  // expect: 0
