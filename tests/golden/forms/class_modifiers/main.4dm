// exposed / local / server modifiers, computed attributes and ORDA's query/orderBy functions and Alias parse
$p:=cs:C1710.Person.new("Ada"; "Lovelace")
ALERT($p.hello())  // expect: hello Ada
ALERT($p.fullName)  // expect: Ada Lovelace
ALERT(String($p.local()+$p.server()))  // expect: 3
ALERT($p.try())  // expect: try
ALERT(String(OB Is defined($p; "boss")))  // expect: False
