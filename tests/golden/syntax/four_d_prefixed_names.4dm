// Names that start with "4D " are one name, with or without their editor token;
// "4D" alone (or "4D.") is the class store
ALERT(String(4D Server)+" "+String(4D Remote mode)+" "+String(4D Local mode))  // expect: 5 4 0
ALERT(String(4D Server:K5:6))  // expect: 5
ALERT(String(4D View license)=String(4D View license:K44:4))  // expect: True
ALERT(String(4D Write license))  // expect: 808464697
If (Application type=4D Server)
	ALERT("server")
Else
	ALERT("not a server")  // expect: not a server
End if
var $kind : Integer
$kind:=4D Volume desktop
ALERT(String($kind))  // expect: 1
ALERT(String(OB Instance of(4D.File.new("/tmp/x"); 4D.File)))  // expect: True
var $f : 4D.Function
$f:=Formula(1+1)
ALERT(String(OB Instance of($f; 4D.Function)))  // expect: True
