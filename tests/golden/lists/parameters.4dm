// SET/GET LIST ITEM PARAMETER (Text, Number, Boolean; custom selectors and Additional text), GET LIST ITEM PARAMETER ARRAYS
var $list; $sub : Integer
var $t : Text
var $n : Real
var $b : Boolean
$list:=New list
APPEND TO LIST($list; "Martin"; 30)
SET LIST ITEM PARAMETER($list; 30; "Firstname"; "Phil")
SET LIST ITEM PARAMETER($list; 30; "Male"; True)
SET LIST ITEM PARAMETER($list; 30; "Age"; 33.5)
SET LIST ITEM PARAMETER($list; 30; Additional text; "→ more")
GET LIST ITEM PARAMETER($list; 30; "Firstname"; $t)
GET LIST ITEM PARAMETER($list; 30; "Age"; $n)
GET LIST ITEM PARAMETER($list; 30; "Male"; $b)
ALERT($t+" "+String($n)+" "+String($b))  // expect: Phil 33.5 True
GET LIST ITEM PARAMETER($list; 30; "4D_additional_text"; $t)
ALERT($t)  // expect: → more
ALERT(Additional text)  // expect: 4D_additional_text
// setting a selector again replaces its value and keeps its place
SET LIST ITEM PARAMETER($list; 30; "Firstname"; "Philip")
ARRAY TEXT($names; 0)
ARRAY TEXT($values; 0)
GET LIST ITEM PARAMETER ARRAYS($list; 30; $names; $values)
ALERT(String(Size of array($names))+": "+$names{1}+"="+$values{1}+", "+$names{2}+"="+$values{2}+", "+$names{3}+"="+$values{3})  // expect: 4: Firstname=Philip, Male=1, Age=33.5
SET LIST ITEM PARAMETER($list; 30; "Male"; False)
GET LIST ITEM PARAMETER ARRAYS($list; 30; $names; $values)
ALERT($values{2})  // expect: 0
// an unknown selector or item leaves the variable unchanged
$t:="unchanged"
GET LIST ITEM PARAMETER($list; 30; "nothing"; $t)
GET LIST ITEM PARAMETER($list; 99; "Firstname"; $t)
ALERT($t)  // expect: unchanged
// 0: the last item added; an item of a sublist found through the main list
$sub:=New list
APPEND TO LIST($sub; "child"; 31)
SET LIST ITEM PARAMETER($sub; 0; "k"; "in sublist")
APPEND TO LIST($list; "Parent"; 40; $sub; False)
SET LIST ITEM PARAMETER($list; 0; "k"; "last")
GET LIST ITEM PARAMETER($list; 40; "k"; $t)
ALERT($t)  // expect: last
GET LIST ITEM PARAMETER($list; 31; "k"; $t)
ALERT($t)  // expect: in sublist
// an item without parameters: empty arrays
APPEND TO LIST($list; "plain"; 50)
GET LIST ITEM PARAMETER ARRAYS($list; 50; $names)
ALERT(String(Size of array($names)))  // expect: 0
CLEAR LIST($list; *)
