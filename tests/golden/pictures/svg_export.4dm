// SVG EXPORT TO PICTURE: an SVG tree becomes an SVG picture (its XML text)
var $svg; $ref : Text
var $pict : Picture
var $w; $h : Real
$svg:=DOM Create XML Ref("svg"; "http://www.w3.org/2000/svg")
DOM SET XML ATTRIBUTE($svg; "width"; 200; "height"; 100)
$ref:=DOM Create XML element($svg; "text"; "font-size"; 26; "fill"; "red")
DOM SET XML ELEMENT VALUE($ref; "Hello World")
SVG EXPORT TO PICTURE($svg; $pict; Copy XML data source)
PICTURE PROPERTIES($pict; $w; $h)
ARRAY TEXT($formats; 0)
GET PICTURE FORMATS($pict; $formats)
ALERT(String(OK)+" "+$formats{1}+" "+String($w)+"x"+String($h))  // expect: 1 .svg 200x100
WRITE PICTURE FILE("hello.svg"; $pict)
ALERT(String(Position("<text font-size=\"26\" fill=\"red\">Hello World</text>"; Document to text("hello.svg"))>0))  // expect: True
SVG EXPORT TO PICTURE($svg; $pict; Own XML data source:K45:18)  // the tree is handed over
Try
	DOM CLOSE XML($svg)
Catch
	ALERT(String(Last errors[0].errCode))  // expect: -10725
End try
