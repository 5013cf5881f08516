// DOM Create XML Ref, DOM Create XML element (names, paths, attributes), values, export
var $root; $ref; $xml : Text
$root:=DOM Create XML Ref("Root")
$ref:=DOM Create XML element($root; "Elem1")
DOM SET XML ELEMENT VALUE($ref; "Hello & <bye>")
$ref:=DOM Create XML element($root; "/Root/Elem2/Elem3"; "Font"; "Verdana"; "Size"; 10; "Bold"; True)
$ref:=DOM Create XML element($root; "/Root/Elem2/Elem3"; "Font"; "Arial")
$ref:=DOM Create XML element($root; "Elem2/Elem3[1]"; "Font"; "First")  // inserted before the first Elem3
XML SET OPTIONS($root; 4; 2)  // XML indentation: XML no indentation
DOM EXPORT TO VAR($root; $xml)
ALERT($xml)  // expect: <?xml version="1.0" encoding="UTF-8" standalone="no" ?>
// expect: <Root><Elem1>Hello &amp; &lt;bye&gt;</Elem1><Elem2><Elem3 Font="First"/><Elem3 Font="Verdana" Size="10" Bold="true"/><Elem3 Font="Arial"/></Elem2></Root>
DOM SET XML DECLARATION($root; "ISO-8859-1"; True)
XML SET OPTIONS($root; 4; 1)  // with indentation (tabs)
$ref:=DOM Get first child XML element($root)
DOM SET XML ELEMENT VALUE($ref; "12 < 18"; *)  // a CDATA section
DOM EXPORT TO VAR($root; $xml)
ALERT($xml)  // expect: <?xml version="1.0" encoding="ISO-8859-1" standalone="yes" ?>
// expect: <Root>
// expect: 	<Elem1><![CDATA[12 < 18]]></Elem1>
// expect: 	<Elem2>
// expect: 		<Elem3 Font="First"/>
// expect: 		<Elem3 Font="Verdana" Size="10" Bold="true"/>
// expect: 		<Elem3 Font="Arial"/>
// expect: 	</Elem2>
// expect: </Root>
// expect: 
var $value; $cdata : Text
DOM GET XML ELEMENT VALUE($ref; $value; $cdata)
ALERT($value+" | "+$cdata)  // expect: 12 < 18 | 12 < 18
// into a Blob, then parsed back; to a file, then parsed back
var $blob : Blob
XML SET OPTIONS($root; 4; 2)
DOM EXPORT TO VAR($root; $blob)
ALERT(String(BLOB size($blob)>50))  // expect: True
var $back : Text
$back:=DOM Parse XML variable($blob)
ALERT(String(DOM Count XML elements(DOM Find XML element($back; "/Root/Elem2"); "Elem3")))  // expect: 3
DOM EXPORT TO FILE($root; "out.xml")
$back:=DOM Parse XML source("out.xml")
$ref:=DOM Get first child XML element($back; $value; $xml)
ALERT($value+" "+$xml)  // expect: Elem1 12 < 18
DOM SET XML ELEMENT NAME($ref; "First")
DOM GET XML ELEMENT NAME($ref; $value)
ALERT($value)  // expect: First
DOM REMOVE XML ELEMENT($ref)
ALERT(String(DOM Count XML elements($back; "First")))  // expect: 0
DOM CLOSE XML($back)
DOM CLOSE XML($root)
