// Namespaces: a default namespace and prefixes declared by xmlns attributes (as SVG code does)
var $root; $ref; $xml; $value : Text
$root:=DOM Create XML Ref("svg"; "http://www.w3.org/2000/svg")
DOM SET XML ATTRIBUTE($root; "xmlns:xlink"; "http://www.w3.org/1999/xlink")
$ref:=DOM Create XML element($root; "defs")
$ref:=DOM Create XML element($root; "image"; "xlink:href"; "#logo"; "id"; "pic")
XML SET OPTIONS($root; 4; 2)
DOM EXPORT TO VAR($root; $xml)
ALERT($xml)  // expect: <?xml version="1.0" encoding="UTF-8" standalone="no" ?>
// expect: <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><defs/><image xlink:href="#logo" id="pic"/></svg>
// names without a prefix find elements of the default namespace
$ref:=DOM Find XML element($root; "/svg/image")
DOM GET XML ATTRIBUTE BY NAME($ref; "xlink:href"; $value)
ALERT(String(OK)+" "+$value)  // expect: 1 #logo
ALERT(String(DOM Find XML element by ID($root; "pic")=$ref))  // expect: True
DOM GET XML ELEMENT NAME($ref; $value)
ALERT($value+" "+String(DOM Count XML elements($root; "defs")))  // expect: image 1
// a parsed SVG document: XPath with plain names
$xml:="<svg xmlns=\"http://www.w3.org/2000/svg\"><g id=\"layer\"><rect width=\"10\"/><rect width=\"20\"/></g></svg>"
var $doc : Text
$doc:=DOM Parse XML variable($xml)
ARRAY TEXT($rects; 0)
$ref:=DOM Find XML element($doc; "g/rect"; $rects)
DOM GET XML ATTRIBUTE BY INDEX($rects{2}; 1; $value; $xml)
ALERT(String(Size of array($rects))+" "+$value+"="+$xml)  // expect: 2 width=20
DOM CLOSE XML($doc)
DOM CLOSE XML($root)
