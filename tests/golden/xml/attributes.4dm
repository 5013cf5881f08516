// Attributes: set (any type), get by name (typed) and by index, count, remove
var $root; $name; $text : Text
var $n : Integer
var $flag : Boolean
$root:=DOM Create XML Ref("item")
DOM SET XML ATTRIBUTE($root; "count"; 42; "ratio"; 0.5; "on"; True; "day"; !2024-03-05!; "label"; "a<b")
ALERT(String(DOM Count XML attributes($root)))  // expect: 5
DOM GET XML ATTRIBUTE BY NAME($root; "count"; $n)
ALERT(String($n+1))  // expect: 43
DOM GET XML ATTRIBUTE BY NAME($root; "on"; $flag)
ALERT(String($flag))  // expect: True
DOM GET XML ATTRIBUTE BY NAME($root; "day"; $text)
ALERT($text)  // expect: 2024-03-05
DOM GET XML ATTRIBUTE BY INDEX($root; 5; $name; $text)
ALERT($name+"="+$text)  // expect: label=a<b
DOM REMOVE XML ATTRIBUTE($root; "ratio")
ALERT(String(DOM Count XML attributes($root))+" "+String(OK))  // expect: 4 1
DOM REMOVE XML ATTRIBUTE($root; "ratio")
ALERT(String(OK))  // expect: 0
Try
	DOM GET XML ATTRIBUTE BY NAME($root; "missing"; $text)
Catch
	ALERT(String(Last errors[0].errCode)+" "+String(OK))  // expect: -10729 0
End try
var $xml : Text
XML SET OPTIONS($root; 4; 2)
DOM EXPORT TO VAR($root; $xml)
ALERT(Substring($xml; Position("<item"; $xml)))  // expect: <item count="42" on="true" day="2024-03-05" label="a&lt;b"/>
DOM CLOSE XML($root)
