// OB Is shared tells shared objects and collections from the others
ALERT(String(OB Is shared(New shared object)))  // expect: True
ALERT(String(OB Is shared(New object)))  // expect: False
ALERT(String(OB Is shared(New shared collection)))  // expect: True
ALERT(String(OB Is shared([1; 2])))  // expect: False
ALERT(String(OB Is shared(Null)))  // expect: False
$b:=OB Is shared(3)
// expect runtime error: Parameter 1 of OB Is shared: Object or Collection expected, got Number
