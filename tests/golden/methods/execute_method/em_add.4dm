#DECLARE($a : Integer; $b : Integer) -> $r : Integer
$r:=$a+$b
