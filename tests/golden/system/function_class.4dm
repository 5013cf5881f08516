// 4D.Function is the class of formulas (and of class functions read as values)
var $f:=Formula($1+1)
ALERT(String(OB Instance of($f; 4D.Function))+" "+String(OB Instance of($f; 4D.Object)))  // expect: True True
ALERT(OB Class($f).name+" "+String(OB Class($f)=4D.Function))  // expect: Function True
ALERT(String(OB Instance of(Formula from string("1"); 4D.Function))+" "+String(OB Instance of({}; 4D.Function)))  // expect: True False
ALERT(String(4D.Function.name))  // expect: Function
