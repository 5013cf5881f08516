// fill_list(list; text; signal): 300 items appended to a list made by another process
#DECLARE($list : Integer; $text : Text; $done : 4D.Signal)
var $i : Integer
For ($i; 1; 300)
	APPEND TO LIST($list; $text; $i)
End for
$done.trigger()
