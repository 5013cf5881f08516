// OB Keys, OB Values and OB Entries follow the creation order of the properties
var $o : Object
$o:={}
$o.zeta:=1
$o.alpha:="two"
$o.mid:={deep: True}
ALERT(JSON Stringify(OB Keys($o)))  // expect: ["zeta","alpha","mid"]
ALERT(JSON Stringify(OB Values($o)))  // expect: [1,"two",{"deep":true}]
ALERT(JSON Stringify(OB Entries($o)))  // expect: [{"key":"zeta","value":1},{"key":"alpha","value":"two"},{"key":"mid","value":{"deep":true}}]
OB Values($o)[2].deep:=False
ALERT(String($o.mid.deep))  // expect: False
