// OB Instance of needs a class object: error -10745 otherwise
ALERT(String(OB Instance of({}; 4D.Object)))  // expect: True
$b:=OB Instance of({}; "Object")
// expect runtime error: -10745
