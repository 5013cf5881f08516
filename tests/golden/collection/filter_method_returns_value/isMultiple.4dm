#DECLARE($p : Object; $n : Integer) : Boolean
return ($p.value%$n)=0
