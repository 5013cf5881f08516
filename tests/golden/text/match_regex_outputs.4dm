// Position and length of the match come back through pointers
var $pos; $len : Real
$t:="<b>bold</b> and <i>it</i>"
$start:=1
$found:=""
While (Match regex("<[a-z]+>"; $t; $start; ->$pos; ->$len))
	$found:=$found+Substring($t; $pos; $len)
	$start:=$pos+$len
End while
ALERT($found)  // expect: <b><i>
ALERT(String(Match regex("z"; $t; 1; ->$pos; ->$len)))  // expect: False
ALERT(String($pos)+" "+String($len))  // expect: 0 0
ALERT(String(Match regex("b>"; $t; 1; ->$pos; ->$len; *)))  // expect: False
ALERT(String(Match regex("b>"; $t; 2; ->$pos; ->$len; *)))  // expect: True
ALERT(String($pos)+" "+String($len))  // expect: 2 2
