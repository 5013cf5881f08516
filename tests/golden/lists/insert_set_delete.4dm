// INSERT IN LIST (before a reference, 0, *), SET LIST ITEM (text, reference, sublist -1 / 0 / new), DELETE FROM LIST with and without *
var $list; $sub; $sub2; $ref; $s; $i : Integer
var $text; $all : Text
var $e : Boolean
$list:=New list
APPEND TO LIST($list; "a"; 1)
APPEND TO LIST($list; "c"; 3)
INSERT IN LIST($list; 3; "b"; 2)
// before a reference: the new item is not selected
ALERT(String(Selected list items($list)))  // expect: 0
// 0: before the last item added (b); the new item becomes the selected item
INSERT IN LIST($list; 0; "a2"; 12)
ALERT(String(Selected list items($list))+" "+String(Selected list items($list; *)))  // expect: 2 12
// *: before the current item
INSERT IN LIST($list; *; "a1"; 11)
ALERT(String(Selected list items($list; *)))  // expect: 11
// no such item: nothing
INSERT IN LIST($list; 99; "x"; 99)
$all:=""
For ($i; 1; Count list items($list))
	GET LIST ITEM($list; $i; $ref; $text)
	$all:=$all+$text+"="+String($ref)+" "
End for
ALERT($all+"|")  // expect: a=1 a1=11 a2=12 b=2 c=3 |
// SET LIST ITEM: new text and reference, a sublist attached expanded
$sub:=New list
APPEND TO LIST($sub; "c.1"; 31)
SET LIST ITEM($list; 3; "C"; 30; $sub; True)
ALERT(String(Count list items($list))+" "+String(List item parent($list; 31)))  // expect: 6 30
// -1 keeps the sublist, expanded can change
SET LIST ITEM($list; 30; "C"; 30; -1; False)
GET LIST ITEM($list; 5; $ref; $text; $s; $e)
ALERT($text+" "+String($s=$sub)+" "+String($e)+" "+String(Count list items($list)))  // expect: C True False 5
// 0 detaches the sublist, which stays in memory
SET LIST ITEM($list; 30; "C"; 30; 0; True)
GET LIST ITEM($list; 5; $ref; $text; $s; $e)
ALERT($text+" "+String($s)+" "+String($e)+" "+String(Is a list($sub)))  // expect: C 0 False True
// *: the current item (a1)
SET LIST ITEM($list; *; "A1"; 11)
GET LIST ITEM($list; 2; $ref; $text)
ALERT($text)  // expect: A1
// DELETE FROM LIST without *: the item's sublist stays a list
$sub2:=New list
APPEND TO LIST($sub2; "b.1"; 21)
SET LIST ITEM($list; 2; "b"; 2; $sub2; True)
DELETE FROM LIST($list; 2)
ALERT(String(Count list items($list; *))+" "+String(Is a list($sub2)))  // expect: 4 True
// with *: the sublist is cleared too, with its own sublists
SET LIST ITEM($list; 30; "C"; 30; $sub; True)
SET LIST ITEM($sub; 31; "c.1"; 31; $sub2; True)
DELETE FROM LIST($list; 30; *)
ALERT(String(Count list items($list; *))+" "+String(Is a list($sub))+" "+String(Is a list($sub2)))  // expect: 3 False False
// *: the current item
DELETE FROM LIST($list; *)
ALERT(String(Count list items($list))+" "+String(Selected list items($list)))  // expect: 2 0
// no current item, no such reference: nothing
DELETE FROM LIST($list; *)
DELETE FROM LIST($list; 777)
ALERT(String(Count list items($list)))  // expect: 2
// an item in a sublist is found through the main list
$sub:=New list
APPEND TO LIST($sub; "deep"; 500)
APPEND TO LIST($list; "holder"; 50; $sub; True)
DELETE FROM LIST($list; 500)
ALERT(String(Count list items($sub))+" "+String(Count list items($list; *)))  // expect: 0 3
// INSERT IN LIST before an item of a sublist inserts in that sublist
APPEND TO LIST($sub; "deep2"; 501)
INSERT IN LIST($list; 501; "deep1"; 502)
GET LIST ITEM($sub; 1; $ref; $text)
ALERT($text+" "+String(List item parent($list; 502)))  // expect: deep1 50
// 0: the last item added (deep1, inserted last); once deleted, 0 designates nothing
DELETE FROM LIST($list; 0)
DELETE FROM LIST($list; 0)
ALERT(String(Count list items($list; *)))  // expect: 4
CLEAR LIST($list; *)
