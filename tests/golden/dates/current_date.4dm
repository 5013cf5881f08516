// Current date gives today's date: a Date after 2020, with the * form giving the same
var $d : Date
$d:=Current date
ALERT(String(Value type(Current date)))  // expect: 4
ALERT(String(Year of($d)>2020))  // expect: True
ALERT(String((Current date(*)-$d)<=1))  // expect: True
