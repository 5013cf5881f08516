var $o : Object
$o:={text: $1; list: [{n: $2}]}
ALERT($o.text)
ALERT(String($o.list[0].n))
