#DECLARE($template : Text; $rows : Collection) : Text
// bench/tags: one PROCESS 4D TAGS of a template with the rows as $1
var $out : Text
PROCESS 4D TAGS($template; $out; $rows)
return $out
