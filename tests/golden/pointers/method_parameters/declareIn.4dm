#DECLARE($target : Pointer)
ARRAY TEXT($target->;2)
$target->{2}:="second"
