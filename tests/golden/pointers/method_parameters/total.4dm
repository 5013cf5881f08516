#DECLARE($list : Pointer) : Integer
var $sum; $i : Integer
For ($i;1;Size of array($list->))
	$sum+=Length($list->{$i})
End for
return $sum
