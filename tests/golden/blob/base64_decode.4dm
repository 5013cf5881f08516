// BASE64 DECODE into a Text gives the bytes read as UTF-8; invalid input gives empty results
var $t : Text
var $b : Blob
BASE64 DECODE("T2zDoSDinJM="; ->$t)
ALERT($t)  // expect: Olá ✓
BASE64 DECODE("aGk"; ->$t)
ALERT($t)  // expect: hi
BASE64 DECODE("not base64!"; $b)
ALERT(String(BLOB size($b)))  // expect: 0
BASE64 DECODE("$$$"; ->$t)
ALERT("["+$t+"]")  // expect: []
