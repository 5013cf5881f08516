// Property names given to New object are case sensitive
var $o : Object
$o:=New object("Key"; 1; "key"; 2)
ALERT(String($o.Key)+" "+String($o.key))  // expect: 1 2
ALERT(String(OB Keys($o).length))  // expect: 2
