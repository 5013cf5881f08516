// New object fills properties from property/value pairs; numbers become Real, times seconds
var $o : Object
$o:=New object("city"; "Lyon"; "zip"; 69001; "open"; ?08:30:00?; "ok"; True)
ALERT(JSON Stringify($o))  // expect: {"city":"Lyon","zip":69001,"open":30600,"ok":true}
ALERT(String(Value type($o.zip)))  // expect: 1
ALERT(String(Value type($o.open)))  // expect: 1
ALERT(JSON Stringify(New object))  // expect: {}
