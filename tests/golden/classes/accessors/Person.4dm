property firstName; lastName : Text

Class constructor($first : Text; $last : Text)
	This.firstName:=$first
	This.lastName:=$last

Function get fullName() -> $full : Text
	$full:=This.firstName+" "+This.lastName

Function set fullName($value : Text)
	var $parts : Collection
	$parts:=Split string($value; " ")
	This.firstName:=$parts[0]
	This.lastName:=$parts[1]

Function get initials() : Text
	return Substring(This.firstName; 1; 1)+Substring(This.lastName; 1; 1)

Function set secret($value : Text)
	This._secret:=$value
