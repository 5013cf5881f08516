#DECLARE($p : Object; $limit : Real) : Boolean
// only $1.result is set: the declared result keeps its default (False)
$p.result:=$p.value<$limit
