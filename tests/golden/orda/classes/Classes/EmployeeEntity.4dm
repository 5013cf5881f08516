Class extends Entity

Function get fullName($event : Object) : Text
	If (This.firstName=Null) & (This.lastName=Null)
		$event.result:=Null
	End if
	return This.firstName+" "+This.lastName

Function set fullName($value : Text; $event : Object)
	var $p : Integer
	$p:=Position(" "; $value)
	This.firstName:=Substring($value; 1; $p-1)
	This.lastName:=Substring($value; $p+1)

Function get boss($event : Object) : cs.EmployeeEntity
	return This.manager

Function raise($percent : Real) : Object
	This.salary:=This.salary*(1+($percent/100))
	return This.save()

Function query fullName($event : Object) : Object
	var $p : Integer
	var $value : Text
	$value:=$event.value
	$p:=Position(" "; $value)
	If ($p=0)
		return {query: "firstName = :1 or lastName = :1"; parameters: [$value]}
	End if
	If ($event.operator="!=")
		return {query: "not(firstName = :1 and lastName = :2)"; parameters: [Substring($value; 1; $p-1); Substring($value; $p+1)]}
	End if
	return {query: "firstName = :1 and lastName = :2"; parameters: [Substring($value; 1; $p-1); Substring($value; $p+1)]}

Function orderBy fullName($event : Object) : Text
	return "lastName "+$event.operator+", firstName "+$event.operator

exposed Alias employerName employer.name
Alias surname lastName
Alias colleagues employer.staff

exposed Function get payLevel() : Integer
	return Int(This.salary/1000)
