// DOM Find XML element: XPath from the element given (standard XPath), all matches in an array
var $xml; $root; $found; $value : Text
$xml:="<bookstore><book category=\"web\"><title>Harry Potter</title><price>29.99</price></book>"+\
"<book category=\"web-bg\"><title>Learning XML</title><price>39.95</price></book></bookstore>"
$root:=DOM Parse XML variable($xml)
$found:=DOM Find XML element($root; "book[2]/title")
DOM GET XML ELEMENT VALUE($found; $value)
ALERT($value)  // expect: Learning XML
$found:=DOM Find XML element($root; "/bookstore/book[1]")
$found:=DOM Find XML element($found; "title")
DOM GET XML ELEMENT VALUE($found; $value)
ALERT($value)  // expect: Harry Potter
ARRAY TEXT($all; 0)
$found:=DOM Find XML element($root; "//title"; $all)
ALERT(String(Size of array($all))+" "+String($found=$all{1}))  // expect: 2 True
$found:=DOM Find XML element($root; "book[contains(@category,'bg')]/price")
DOM GET XML ELEMENT VALUE($found; $value)
ALERT($value)  // expect: 39.95
$found:=DOM Find XML element($root; "//book[title=\"Harry Potter\"]")
ALERT(String(OK)+" "+String($found=DOM Get first child XML element($root)))  // expect: 1 True
$found:=DOM Find XML element($root; "nothing")
ALERT(String(OK)+" "+$found)  // expect: 0 0000000000000000
Try
	$found:=DOM Find XML element($root; "book[")
Catch
	ALERT(String(Last errors[0].errCode))  // expect: -10727
End try
$found:=DOM Find XML element by ID($root; "none")
ALERT(String(OK))  // expect: 0
DOM CLOSE XML($root)
