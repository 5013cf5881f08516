#DECLARE($label : Text) -> $r : Text
$r:=$label
