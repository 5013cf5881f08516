// New list, APPEND TO LIST with sublists, Count list items (visible / all), GET LIST ITEM, List item position, List item parent, Is a list
var $list; $fruits; $veg; $ref; $sub : Integer
var $text : Text
var $expanded : Boolean
$list:=New list
$fruits:=New list
APPEND TO LIST($fruits; "Apple"; 101)
APPEND TO LIST($fruits; "Pear"; 102)
$veg:=New list
APPEND TO LIST($veg; "Leek"; 201)
APPEND TO LIST($list; "Fruits"; 100; $fruits; True)
APPEND TO LIST($list; "Vegetables"; 200; $veg; False)
APPEND TO LIST($list; "Other"; 300)
ALERT(String(Is a list($list))+" "+String(Is a list($fruits))+" "+String(Is a list(0))+" "+String(Is a list(-5)))  // expect: True True False False
ALERT(String(Count list items($list))+" of "+String(Count list items($list; *)))  // expect: 5 of 6
GET LIST ITEM($list; 1; $ref; $text; $sub; $expanded)
ALERT(String($ref)+" "+$text+" "+String($sub=$fruits)+" "+String($expanded))  // expect: 100 Fruits True True
GET LIST ITEM($list; 3; $ref; $text)
ALERT(String($ref)+" "+$text)  // expect: 102 Pear
GET LIST ITEM($list; 4; $ref; $text; $sub; $expanded)
ALERT(String($ref)+" "+$text+" "+String($sub=$veg)+" "+String($expanded))  // expect: 200 Vegetables True False
GET LIST ITEM($list; 5; $ref; $text; $sub; $expanded)
ALERT(String($ref)+" "+$text+" "+String($sub)+" "+String($expanded))  // expect: 300 Other 0 False
// out of range: empty values
GET LIST ITEM($list; 9; $ref; $text; $sub; $expanded)
ALERT(String($ref)+" ["+$text+"] "+String($sub)+" "+String($expanded))  // expect: 0 [] 0 False
// a sublist is a list of its own
ALERT(String(Count list items($fruits)))  // expect: 2
ALERT(String(List item parent($list; 102))+" "+String(List item parent($list; 300))+" "+String(List item parent($list; 999)))  // expect: 100 0 0
// 0: the last item added to the list
ALERT(String(List item parent($list; 0)))  // expect: 0
// List item position: positions count visible items; a hidden item's sublist is expanded
ALERT(String(List item position($list; 300)))  // expect: 5
ALERT(String(List item position($list; 201)))  // expect: 5
ALERT(String(Count list items($list)))  // expect: 6
ALERT(String(List item position($list; 300))+" "+String(List item position($list; 12345)))  // expect: 6 0
CLEAR LIST($list; *)
ALERT(String(Is a list($list))+" "+String(Is a list($fruits))+" "+String(Is a list($veg)))  // expect: False False False
