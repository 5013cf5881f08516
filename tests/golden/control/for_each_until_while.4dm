// For each with While (tested before each pass) and Until (after each pass)
var $total : Real
var $nums : Collection
$nums:=[1; 2; 3; 4; 5; 6; 7; 8; 9; 10]
For each ($num; $nums) While ($total<30)
	$total:=$total+$num
End for each
ALERT(String($total))  // expect: 36
$total:=1000
For each ($num; $nums) Until ($total>30)
	$total:=$total+$num
End for each
ALERT(String($total))  // expect: 1001
