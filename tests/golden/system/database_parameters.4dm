// Get database parameter / SET DATABASE PARAMETER: headless selectors read the run; others keep what SET gave them
var $text : Text
var $r:=Get database parameter(User param value; $text)
ALERT(String($r)+" ["+$text+"]")  // expect: 0 []
SET DATABASE PARAMETER(User param value; "next run")
$r:=Get database parameter(User param value; $text)
ALERT("["+$text+"]")  // expect: []
ALERT(String(Get database parameter(Is current database a project))+" "+String(Get database parameter(Is host database a project)))  // expect: 0 0
ALERT(String(Get database parameter(Tips delay))+" "+String(Get database parameter(Circular log limitation)))  // expect: 45 50
SET DATABASE PARAMETER(Tips delay; 10)
SET DATABASE PARAMETER(Diagnostic log recording; 1)
ALERT(String(Get database parameter(Tips delay))+" "+String(Get database parameter(Diagnostic log recording)))  // expect: 10 1
$r:=Get database parameter(OpenSSL version; $text)
ALERT(String(Position("SSL"; $text)>0))  // expect: True
SET DATABASE PARAMETER(Is current database a project; 1)
ALERT(String(Get database parameter(Is current database a project)))  // expect: 0
SET DATABASE PARAMETER(Log command list; "277;341")
$r:=Get database parameter(Log command list; $text)
ALERT($text)  // expect: 277;341
ALERT(String(Get database parameter(12345)))  // expect: 0
