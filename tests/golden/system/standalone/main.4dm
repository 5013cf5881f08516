// A run4d program is one standalone application: Execute on server starts a local process; no components or plug-ins
var $n:=Execute on server("noop"; 0; "server job")
ALERT(String($n>0))  // expect: True
ARRAY TEXT($components; 3)
COMPONENT LIST($components)
ARRAY LONGINT($numbers; 0)
ARRAY TEXT($names; 0)
PLUGIN LIST($numbers; $names)
ALERT(String(Size of array($components))+" "+String(Size of array($names)))  // expect: 0 0
ALERT(Get database localization)  // expect: en
SET DATABASE LOCALIZATION("fr")
ALERT(Get database localization+" ["+Last update log path+"]")  // expect: fr []
OPEN SETTINGS WINDOW("/")
REGISTER CLIENT("me")
ALERT("no-ops ran")  // expect: no-ops ran
