// Positive;Negative;Zero sections
$f:="$###,##0.00;($###,##0.00);"
ALERT(String(1234.5; $f))  // expect: $1,234.50
ALERT(String(-1234.5; $f))  // expect: ($1,234.50)
ALERT("["+String(0; $f)+"]")  // expect: []
// two sections: zero uses the first one
ALERT(String(0; "#####0;(#####0)"))  // expect: 0
ALERT(String(-12; "#####0;(#####0)"))  // expect: (12)
// the zero section is shown as written
ALERT(String(0; "###;###;#"))  // expect: #
ALERT(String(7; "+#####0;-#####0;zero"))  // expect: +7
ALERT(String(0; "+#####0;-#####0;zero"))  // expect: zero
ALERT(String(15; "#####0 DB;#####0 CR;0"))  // expect: 15 DB
ALERT(String(-15; "((((#####0 DB;#####0 CR;0"))  // expect: 15 CR
