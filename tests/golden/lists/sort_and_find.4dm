// SORT LIST (ascending by default, <, every level, case and accents ignored) and Find in list (scope, wildcard, positions or references)
var $list; $sub; $i; $ref : Integer
var $text; $all : Text
$list:=New list
$sub:=New list
APPEND TO LIST($sub; "pear"; 21)
APPEND TO LIST($sub; "Date"; 22)
APPEND TO LIST($sub; "apple"; 23)
APPEND TO LIST($list; "Zucchini"; 1)
APPEND TO LIST($list; "éclair"; 2)
APPEND TO LIST($list; "Fruits"; 3; $sub; True)
APPEND TO LIST($list; "Date"; 4)
SORT LIST($list)
$all:=""
For ($i; 1; Count list items($list))
	GET LIST ITEM($list; $i; $ref; $text)
	$all:=$all+$text+";"
End for
ALERT($all)  // expect: Date;éclair;Fruits;apple;Date;pear;Zucchini;
SORT LIST($list; <)
$all:=""
For ($i; 1; Count list items($list))
	GET LIST ITEM($list; $i; $ref; $text)
	$all:=$all+$text+";"
End for
ALERT($all)  // expect: Zucchini;Fruits;pear;Date;apple;éclair;Date;
// Find in list: first level only (0) or every level (1)
ALERT(String(Find in list($list; "date"; 0))+" "+String(Find in list($list; "date"; 1)))  // expect: 7 4
ARRAY LONGINT($found; 0)
ALERT(String(Find in list($list; "Date"; 1; $found))+" "+String(Size of array($found))+" "+String($found{1})+" "+String($found{2}))  // expect: 4 2 4 7
ALERT(String(Find in list($list; "Date"; 1; $found; *))+" "+String($found{1})+" "+String($found{2}))  // expect: 22 22 4
ALERT(String(Find in list($list; "@e@"; 0; $found; *))+" "+String(Size of array($found)))  // expect: 2 2
ALERT(String(Find in list($list; "P@"; 1))+" "+String(Find in list($list; "wood"; 1; $found))+" "+String(Size of array($found)))  // expect: 3 0 0
// items of a collapsed sublist have no position; with * their references are found
SET LIST ITEM($list; 3; "Fruits"; 3; -1; False)
ALERT(String(Find in list($list; "apple"; 1))+" "+String(Find in list($list; "apple"; 1; *)))  // expect: 0 23
CLEAR LIST($list; *)
