// Code exported by the 4D editor carries token suffixes
var $o : Object
$o:=New object:C1471("a"; 1)
ALERT:C41(String:C10(Value type:C1509($o.a)=Is real:K8:4))  // expect: True
ALERT(String(Is text:K8:3))  // expect: 2
