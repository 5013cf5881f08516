// Legacy C_XXX declarations type variables like var does
C_TEXT($t)
C_LONGINT($n; $m)
C_OBJECT($o)
$n:=2.6
ALERT("["+$t+"] "+String($n)+" "+String($m)+" "+String($o=Null))  // expect: [] 3 0 True
