// XML DECODE: XML text converted to the type of the variable receiving it
var $r : Real
var $i : Integer
var $b : Boolean
var $d : Date
var $t : Time
var $x : Blob
var $p : Picture
var $u : Text
var $v
XML DECODE("8,5"; $r)
ALERT(String($r))  // expect: 8.5
XML DECODE("8.25"; $r)
ALERT(String($r))  // expect: 8.25
XML DECODE("42"; $i)
ALERT(String($i))  // expect: 42
XML DECODE("1"; $b)
ALERT(String($b))  // expect: True
XML DECODE("false"; $b)
ALERT(String($b))  // expect: False
XML DECODE("2009-10-25T01:03:20"; $d)
ALERT(String($d; ISO date))  // expect: 2009-10-25T00:00:00
XML DECODE("2009-10-25T01:03:20"; $t)
ALERT(String($t))  // expect: 01:03:20
XML DECODE("aGVsbG8="; $x)
ALERT(BLOB to text($x; UTF8 text without length))  // expect: hello
XML DECODE("R0lGODlhAQABAAAAACw="; $p)
ALERT(String(Picture size($p)))  // expect: 14
XML DECODE("plain text"; $u)
ALERT($u)  // expect: plain text
XML DECODE("no type"; $v)
ALERT(String(Value type($v))+" "+$v)  // expect: 2 no type
