// Compound assignments through a pointer, to a variable, an element or a property
$count:=1
$p:=->$count
$p->+=4
$p->*=2
ALERT(String($count))  // expect: 10
ARRAY TEXT($t;1)
$e:=->$t{1}
$e->+="ab"
$e->*=2
ALERT($t{1})  // expect: abab
$o:={n: 1}
$po:=->$o
$po->n+=1
ALERT(String($o.n))  // expect: 2
ARRAY REAL($r;2)
$pa:=->$r
$pa->{2}-=0.5
ALERT(String($r{2}))  // expect: -0.5
