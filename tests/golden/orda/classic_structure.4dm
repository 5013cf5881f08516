// Tables, fields and pointers to them
ALERT(String(Last table number)+" "+String(Last field number([Employee]))+" "+String(Last field number(2)))  // expect: 3 10 10
ALERT(Table name(1)+" "+Table name(->[Employee])+" "+Field name(2; 3)+" "+Field name(->[Company]city))  // expect: Company Employee lastName city
$t:=Table(2)
$f:=Field(1; 2)
ALERT(Table name($t)+" "+Field name($f)+" "+String(Table($f))+" "+String(Field($f)))  // expect: Employee name 1 2
ALERT(String(Is table number valid(3))+" "+String(Is table number valid(9))+" "+String(Is field number valid(1; 5))+" "+String(Is field number valid(1; 6)))  // expect: True False True False
ALERT(String($f=->[Company]name)+" "+String($f=->[Company]city)+" "+String(Type($f)))  // expect: True False 23
GET FIELD PROPERTIES(->[Employee]birthDate; $type; $length; $indexed; $unique)
ALERT(String($type)+" "+String($unique))  // expect: 4 False
GET FIELD PROPERTIES(1; 1; $type; $length; $indexed; $unique)
ALERT(String($type)+" "+String($unique))  // expect: 9 True
// a field read and written through a pointer held in a variable
CREATE RECORD([Company])
$f->:="Acme"
ALERT([Company]name+" "+$f->)  // expect: Acme Acme
$tp:=->[Company]
SAVE RECORD($tp->)
ALERT(String(Records in table($tp->)))  // expect: 1
// errors name what is missing
Try
	$x:=Field name(1; 42)
Catch
	ALERT(String(Last errors[0].errCode))  // expect: -10816
End try
Try
	$x:=Table name(42)
Catch
	ALERT(String(Last errors[0].errCode))  // expect: -10814
End try
// RESOLVE POINTER on pointers to fields and tables
RESOLVE POINTER(->[Employee]salary; $name; $table; $field)
ALERT("["+$name+"] "+String($table)+" "+String($field))  // expect: [] 2 4
RESOLVE POINTER($tp; $name; $table; $field)
ALERT("["+$name+"] "+String($table)+" "+String($field))  // expect: [] 1 0
