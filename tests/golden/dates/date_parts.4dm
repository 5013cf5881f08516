// Day of, Month of and Year of split a date; the null date gives zeros
var $d : Date
$d:=!1969-07-20!
ALERT(String(Day of($d))+" "+String(Month of($d))+" "+String(Year of($d)))  // expect: 20 7 1969
ALERT(String(Month of($d)=July))  // expect: True
ALERT(String(Day of(!00-00-00!)+Month of(!00-00-00!)+Year of(!00-00-00!)))  // expect: 0
