// Fills the benchmark's arrays (not timed): 100,000 pseudo-random reals, texts and longints
#DECLARE($n : Integer)
var $i; $seed : Integer
ARRAY REAL(arReals;$n)
ARRAY TEXT(atNames;$n)
ARRAY LONGINT(alIds;$n)
$seed:=12345
For ($i;1;$n)
	$seed:=($seed*1103515245+12345)%2147483648
	arReals{$i}:=$seed/1000
	atNames{$i}:="name"+String($seed%99991)
	alIds{$i}:=$i
End for
