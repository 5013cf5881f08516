// reads $2 only; $1 is never mentioned
$0:=String(Undefined($2))
