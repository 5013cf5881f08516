// LIST TO BLOB / BLOB to list (sublists, parameters, properties, * to append, offsets, OK) and Copy list (a deep copy)
var $list; $sub; $back; $second; $copy; $s; $ref : Integer
var $text : Text
var $n : Real
var $b : Boolean
var $blob : Blob
var $offset : Integer
$list:=New list
$sub:=New list
APPEND TO LIST($sub; "child"; 11)
SET LIST ITEM PARAMETER($sub; 11; "n"; 4.5)
APPEND TO LIST($list; "parent"; 10; $sub; True)
APPEND TO LIST($list; "ünïcode"; 20)
SET LIST ITEM PARAMETER($list; 20; "flag"; True)
SET LIST ITEM PROPERTIES($list; 20; True; Underline)
SET LIST PROPERTIES($list; 0; 0; 15)
LIST TO BLOB($list; $blob)
ALERT(String(OK)+" "+String(BLOB size($blob)>0))  // expect: 1 True
// appended after a second list
$second:=New list
APPEND TO LIST($second; "second"; 99)
LIST TO BLOB($second; $blob; *)
$back:=BLOB to list($blob; $offset)
ALERT(String(OK)+" "+String(Is a list($back))+" "+String($back#$list)+" "+String(Count list items($back; *)))  // expect: 1 True True 3
GET LIST ITEM($back; 1; $ref; $text; $s; $b)
ALERT($text+" "+String(Is a list($s))+" "+String($s#$sub)+" "+String($b))  // expect: parent True True True
GET LIST ITEM PARAMETER($back; 11; "n"; $n)
GET LIST ITEM PARAMETER($back; 20; "flag"; $b)
ALERT(String($n)+" "+String($b))  // expect: 4.5 True
var $enterable : Boolean
var $styles; $h; $x : Integer
GET LIST ITEM PROPERTIES($back; 20; $enterable; $styles)
GET LIST PROPERTIES($back; $x; $x; $h)
GET LIST ITEM($back; 3; $ref; $text)
ALERT(String($enterable)+" "+String($styles)+" "+String($h)+" "+$text)  // expect: True 4 15 ünïcode
$back:=BLOB to list($blob; $offset)
GET LIST ITEM($back; 1; $ref; $text)
ALERT(String(OK)+" "+$text+" "+String($offset=BLOB size($blob)))  // expect: 1 second True
// nothing more to read: 0 and OK = 0
$back:=BLOB to list($blob; $offset)
ALERT(String($back)+" "+String(OK))  // expect: 0 0
SET BLOB SIZE($blob; 0)
TEXT TO BLOB("not a list"; $blob)
ALERT(String(BLOB to list($blob))+" "+String(OK))  // expect: 0 0
// Copy list: a new list with copies of the sublists
$copy:=Copy list($list)
ALERT(String($copy#$list)+" "+String(Count list items($copy; *)))  // expect: True 3
GET LIST ITEM($copy; 1; $ref; $text; $s; $b)
ALERT(String($s#$sub)+" "+String(Is a list($s)))  // expect: True True
SET LIST ITEM($copy; 11; "changed"; 11)
GET LIST ITEM($list; 2; $ref; $text)
ALERT($text)  // expect: child
CLEAR LIST($copy; *)
ALERT(String(Is a list($sub))+" "+String(Count list items($list; *)))  // expect: True 3
CLEAR LIST($list; *)
