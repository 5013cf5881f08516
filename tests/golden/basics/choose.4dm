// Choose: a Boolean picks the first or the second value, a number counts from 0
ALERT(Choose(True; "yes"; "no"))  // expect: yes
ALERT(Choose(1>2; "yes"; "no"))  // expect: no
ALERT(Choose(2; "zero"; "one"; "two"; "three"))  // expect: two
ALERT("["+Choose(7; "zero"; "one")+"]")  // expect: []
ALERT(String(Choose(-1; 10; 20)))  // expect: 0
$n:=0
$r:=Choose(True; "kept"; String($n+1))  // every value is evaluated, the chosen one returned
ALERT($r)  // expect: kept
$bad:=Choose(True; "a"; "b"; "c")  // expect runtime error: a Boolean criterion expects exactly two values, got 3
