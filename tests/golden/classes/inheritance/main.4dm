var $d : cs.Dog
$d:=cs.Dog.new("Rex"; "collie")
ALERT($d.speak())  // expect: Rex makes a sound: woof
ALERT($d.kind())  // expect: animal
$p:=cs.Puppy.new("Bit"; "pug")
ALERT($p.speak()+" / "+$p.kind()+" / "+$p.breed)  // expect: Bit makes a sound: woof / young animal / pug
ALERT(String(OB Instance of($p; cs.Animal)))  // expect: True
ALERT(String(OB Instance of($d; cs.Puppy)))  // expect: False
