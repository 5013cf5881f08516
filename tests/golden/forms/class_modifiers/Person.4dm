property first; last : Text
property function : 4D.Function
exposed Alias boss manager.name

Class constructor($first : Text; $last : Text)
	This.first:=$first
	This.last:=$last

exposed Function hello() : Text
	return "hello "+This.first

local Function local() : Integer
	return 1

server Function server() : Integer
	return 2

exposed onHttpGet Function page() : Text
	return "page"

Function try() : Text
	return "try"

Function get fullName() : Text
	return This.first+" "+This.last

Function set fullName($name : Text)
	This.first:=$name

Function query fullName($event : Object) : Text
	return "first = :1"

exposed Function orderBy fullName($event : Object) : Text
	return "first "+$event.operator
