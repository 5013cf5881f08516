// DOM Parse XML variable and navigation: children, siblings, parent, named children, values
var $xml; $root; $ref; $name; $value : Text
$xml:="<bookstore><book id=\"b1\"><title>Harry Potter</title><price>29.99</price></book>"+\
"<book id=\"b2\"><title>Learning XML</title><price>39.95</price></book><!-- end --></bookstore>"
$root:=DOM Parse XML variable($xml)
ALERT(String(OK)+" "+String(Length($root)))  // expect: 1 16
$ref:=DOM Get first child XML element($root; $name)
ALERT($name+" "+String(OK))  // expect: book 1
$ref:=DOM Get first child XML element($ref; $name; $value)
ALERT($name+": "+$value)  // expect: title: Harry Potter
$ref:=DOM Get next sibling XML element($ref; $name; $value)
ALERT($name+": "+$value)  // expect: price: 29.99
var $price : Real
DOM GET XML ELEMENT VALUE($ref; $price)  // converted to the variable's type
ALERT(String($price*2))  // expect: 59.98
$ref:=DOM Get next sibling XML element($ref)
ALERT(String(OK)+" "+$ref)  // expect: 0 0000000000000000
$ref:=DOM Get last child XML element($root)
$ref:=DOM Get previous sibling XML element($ref; $name)
ALERT($name+" "+String(OK))  // expect: book 1
$ref:=DOM Get parent XML element($ref; $name)
ALERT($name+" "+String($ref=$root))  // expect: bookstore True
$ref:=DOM Get parent XML element($root)
ALERT(String(OK))  // expect: 0
ALERT(String(DOM Count XML elements($root; "book"))+" "+String(DOM Count XML elements($root; "BOOK")))  // expect: 2 0
$ref:=DOM Get XML element($root; "book"; 2; $value)
$ref:=DOM Get XML element($ref; "title"; 1; $value)
ALERT($value)  // expect: Learning XML
ALERT(String(DOM Get root XML element($ref)=$root))  // expect: True
// the same element always has the same reference
ALERT(String(DOM Get first child XML element($root)=DOM Get XML element($root; "book"; 1; $value)))  // expect: True
// DOM GET XML ELEMENT NAME and XML DOM case sensitivity (XML SET OPTIONS 8; 2 = case insensitive)
DOM GET XML ELEMENT NAME($root; $name)
ALERT($name)  // expect: bookstore
XML SET OPTIONS($root; 8; 2)
ALERT(String(DOM Count XML elements($root; "BOOK")))  // expect: 2
DOM CLOSE XML($root)
Try
	DOM GET XML ELEMENT NAME($root; $name)
Catch
	ALERT(String(Last errors[0].errCode))  // expect: -10725
End try
