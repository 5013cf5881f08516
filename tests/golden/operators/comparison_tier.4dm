// run4d's decision: comparisons bind looser than arithmetic, and & | && ||
// looser still, so that these read as a 4D developer writes them
var $i; $n : Integer
$i:=3
$n:=4
ALERT(String($i<=$n-1))  // expect: True
ALERT(String(($i>1) & ($n<5)))  // expect: True
ALERT(String($i>1 & $n<5))  // expect: True
