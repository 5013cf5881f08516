// Child nodes of every kind, copies between trees, and the errors of bad input
var $root; $ref; $xml : Text
$root:=DOM Create XML Ref("parent")
$ref:=DOM Append XML child node($root; 6; "New")  // XML DATA
$ref:=DOM Append XML child node($root; 11; "<child>simon</child><child>eva</child>")  // XML ELEMENT: a fragment
$ref:=DOM Append XML child node($root; 2; "a comment")  // XML comment
$ref:=DOM Append XML child node($root; 11; "tbreak")  // XML ELEMENT: a new empty element
XML SET OPTIONS($root; 4; 2)
DOM EXPORT TO VAR($root; $xml)
ALERT(Substring($xml; Position("<parent"; $xml)))  // expect: <parent>New<child>simon</child><child>eva</child><!--a comment--><tbreak/></parent>
ARRAY LONGINT($types; 0)
ARRAY TEXT($nodes; 0)
DOM GET XML CHILD NODES($root; $types; $nodes)
ALERT(String(Size of array($types))+" "+String($types{1})+":"+$nodes{1}+" "+String($types{2})+" "+String($types{4})+":"+$nodes{4})  // expect: 5 6:New 11 2:a comment
// DOM Append/Insert XML element copy an element of another tree
var $other; $copy; $name : Text
$other:=DOM Parse XML variable("<x><y a=\"1\">text</y></x>")
$copy:=DOM Append XML element($root; DOM Get first child XML element($other))
$copy:=DOM Insert XML element($root; DOM Get first child XML element($other); 1)
$ref:=DOM Get first child XML element($root; $name)
ALERT($name+" "+String(DOM Count XML elements($root; "y")))  // expect: y 2
DOM CLOSE XML($other)
// errors: not well-formed XML, an invalid name, an unknown reference
Try
	$ref:=DOM Parse XML variable("<a><b></a>")
Catch
	ALERT(String(Last errors[0].errCode)+" "+String(OK))  // expect: -10726 0
End try
Try
	$ref:=DOM Create XML element($root; "1bad")
Catch
	ALERT(String(Last errors[0].errCode))  // expect: -10729
End try
Try
	$ref:=DOM Get first child XML element("0123456789ABCDEF")
Catch
	ALERT(String(Last errors[0].errCode))  // expect: -10725
End try
Try
	$ref:=DOM Parse XML source("missing.xml")
Catch
	ALERT(String(Last errors[0].errCode)+" "+String(OK))  // expect: -43 0
End try
DOM CLOSE XML($root)
