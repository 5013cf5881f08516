// orderBy over 100,000 objects (given): one number key, then a text key and a number key
#DECLARE($c : Collection)
var $s; $o : Collection
$s:=$c.orderBy("score asc")
$o:=$c.orderBy("name asc, id desc")
