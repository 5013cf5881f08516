// Invalid or undefined inputs give the null date; a Date is returned as is
var $o : Object
$o:={}
ALERT(String(Date("13/40/2020")))  // expect: 00/00/00
ALERT(String(Date("no date here")))  // expect: 00/00/00
ALERT(String(Date("02/30/2021")))  // expect: 00/00/00
ALERT(String(Date($o.missing)))  // expect: 00/00/00
ALERT(String(Date(!2000-01-02!)))  // expect: 01/02/2000
