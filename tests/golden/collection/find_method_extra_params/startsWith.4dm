#DECLARE($p : Object; $first : Text; $second : Text)
$p.result:=($p.value=($first+$second+"@"))
