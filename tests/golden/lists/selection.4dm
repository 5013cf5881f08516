// SELECT LIST ITEMS BY POSITION / BY REFERENCE, Selected list items (positions, references, arrays), multiSelections, itemRef *
var $list; $sub; $ref : Integer
var $text : Text
$list:=New list
$sub:=New list
APPEND TO LIST($sub; "b1"; 201)
APPEND TO LIST($sub; "b2"; 202)
APPEND TO LIST($list; "a"; 100)
APPEND TO LIST($list; "b"; 200; $sub; False)
APPEND TO LIST($list; "c"; 300)
ALERT(String(Selected list items($list)))  // expect: 0
SELECT LIST ITEMS BY POSITION($list; 3)
ALERT(String(Selected list items($list))+" "+String(Selected list items($list; *)))  // expect: 3 300
// outside 1..Count list items: no item is selected
SELECT LIST ITEMS BY POSITION($list; 4)
ALERT(String(Selected list items($list)))  // expect: 0
// by reference: the collapsed sublist holding the item is expanded
SELECT LIST ITEMS BY REFERENCE($list; 202)
ALERT(String(Selected list items($list))+" "+String(Count list items($list)))  // expect: 4 5
ALERT(String(List item parent($list; *)))  // expect: 200
GET LIST ITEM($list; *; $ref; $text)
ALERT($text)  // expect: b2
SELECT LIST ITEMS BY REFERENCE($list; 999)
ALERT(String(Selected list items($list; *)))  // expect: 202
// several items only when the list accepts multiple selections
ARRAY LONGINT($positions; 3)
$positions{1}:=1
$positions{2}:=3
$positions{3}:=5
SELECT LIST ITEMS BY POSITION($list; 3; $positions)
ARRAY LONGINT($got; 0)
ALERT(String(Selected list items($list; $got))+" "+String(Size of array($got)))  // expect: 3 1
SET LIST PROPERTIES($list; 0; 0; 0; 0; 1)
SELECT LIST ITEMS BY POSITION($list; 3; $positions)
ALERT(String(Selected list items($list; $got))+" "+String(Size of array($got))+" "+String($got{1})+" "+String($got{2})+" "+String($got{3}))  // expect: 3 3 1 3 5
ALERT(String(Selected list items($list; $got; *))+" "+String($got{1})+" "+String($got{2})+" "+String($got{3}))  // expect: 201 100 201 300
ARRAY LONGINT($refs; 2)
$refs{1}:=100
$refs{2}:=300
SELECT LIST ITEMS BY REFERENCE($list; 300; $refs)
ALERT(String(Selected list items($list; $got; *))+" "+String(Size of array($got)))  // expect: 300 2
// the current item (*) is the one itemRef designated
SET LIST ITEM PARAMETER($list; *; "k"; "current")
GET LIST ITEM PARAMETER($list; 300; "k"; $text)
ALERT($text)  // expect: current
// a deleted item leaves the selection
DELETE FROM LIST($list; 300)
ALERT(String(Selected list items($list; $got; *))+" "+String(Size of array($got)))  // expect: 100 1
CLEAR LIST($list; *)
