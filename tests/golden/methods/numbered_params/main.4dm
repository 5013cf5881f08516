// $1...$n without #DECLARE: missing ones are undefined, extra ones ignored
ALERT(second_only("a"))  // expect: True
ALERT(second_only("a"; "b"; "c"))  // expect: False
var $n : Real
$n:=5
ALERT(String(bump($n))+" "+String($n))  // expect: 6 5
$f:=Formula(String($1)+"|"+String(Undefined($3)))
ALERT($f.call(Null; "x"))  // expect: x|True
ALERT($f.call(Null; "x"; "y"; "z"; "extra"))  // expect: x|False
ALERT([3; 4].map(Formula($1.value*$2); 10).join(","))  // expect: 30,40
