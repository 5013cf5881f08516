// "YYYY-MM-DD" texts become dates; longer ISO texts stay texts
var $o : Object
$o:=JSON Parse("{\"day\":\"2017-10-16\",\"stamp\":\"1990-12-25T12:00:00Z\",\"list\":[\"2001-02-03\"]}")
ALERT(String(Value type($o.day)))  // expect: 4
ALERT(String($o.day))  // expect: 10/16/2017
ALERT(String(Value type($o.stamp)))  // expect: 2
ALERT(String(Value type($o.list[0])))  // expect: 4
var $d : Date
$d:=JSON Parse("\"2010-05-06\"")
ALERT(String($d))  // expect: 05/06/2010
