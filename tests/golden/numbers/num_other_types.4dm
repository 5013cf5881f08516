// Num of a Boolean is 1 or 0; numbers pass unchanged; undefined and Null give 0
ALERT(String(Num(True))+String(Num(False)))  // expect: 10
ALERT(String(Num(12.5)))  // expect: 12.5
var $o : Object:={}
ALERT(String(Num($o.missing)))  // expect: 0
ALERT(String(Num(Null)))  // expect: 0
// a time is its number of seconds
ALERT(String(Num(?01:00:30?)))  // expect: 3630
// the documented idiom: repeat a text 1 or 0 times
ALERT(("Good"*Num(5<10))+("Bad"*Num(5>=10)))  // expect: Good
