// Process variables (no $) are shared by the methods of one process
counter:=1
bump
bump
ALERT(String(counter))  // expect: 3
var total : Real
total:=2.5
ALERT(String(total))  // expect: 2.5
