// ^ fills with spaces, * with stars; separators take the fill when not shown
ALERT("["+String(1234.5; "^^^^^^0")+"]")  // expect: [   1234]
ALERT("["+String(-1234.5; "^^^^^^0")+"]")  // expect: [  -1234]
ALERT("["+String(0; "^^^,^^0")+"]")  // expect: [      0]
ALERT(String(1234.5; "*******"))  // expect: ***1234
ALERT(String(-1234.5; "*******"))  // expect: **-1234
ALERT(String(1234.5; "***,**0"))  // expect: **1,234
ALERT(String(-1234.5; "***,**0"))  // expect: *-1,234
ALERT(String(0; "***,**0"))  // expect: ******0
ALERT(String(0; "$*,**0.00"))  // expect: $****0.00
ALERT("["+String(-1234; "$^^^^0")+"]")  // expect: [$-1234]
