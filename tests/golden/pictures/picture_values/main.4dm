// Picture values: an empty picture by default, kept in objects and collections, compared with Equal pictures
var $empty; $p; $q; $mask; $white : Picture
ALERT(String(Value type($empty))+" "+String(Picture size($empty)))  // expect: 3 0
ALERT(($empty) ? "truthy" : "falsy")  // expect: falsy
READ PICTURE FILE("red.png"; $p)
ALERT(($p) ? "truthy" : "falsy")  // expect: truthy
var $o : Object
$o:={photo: $p; none: $empty}
ALERT(String(Value type($o.photo))+" "+String(Value type($o.none)))  // expect: 3 3
ALERT(JSON Stringify($o))  // expect: {"photo":"[object Picture]","none":"[object Picture]"}
ALERT(String(Value type([$p][0])))  // expect: 3
// there is no comparison operator on pictures
Try
	ALERT(String($p=$empty))
Catch
	ALERT(String(Last errors[0].errCode))  // expect: -10701
End try
// the same picture: True, a black mask of its size
ALERT(String(Equal pictures($p; $p; $mask))+" "+String(OK))  // expect: True 1
var $w; $h : Real
PICTURE PROPERTIES($mask; $w; $h)
ALERT(String($w)+"x"+String($h))  // expect: 40x20
// other sizes: False, a blank mask
CREATE THUMBNAIL($p; $q; 10; 10; 2)
ALERT(String(Equal pictures($p; $q; $mask))+" "+String(OK)+" "+String(Picture size($mask)))  // expect: False 1 0
// same size, other pixels: False, a mask with white where they differ
CREATE THUMBNAIL($empty; $white; 40; 20)
ALERT(String(Equal pictures($p; $white; $mask))+" "+String(Picture size($mask)>0))  // expect: False True
// the same pixels in another format are equal
var $blob : Blob
PICTURE TO BLOB($p; $blob; ".bmp")
BLOB TO PICTURE($blob; $q)
ALERT(String(Equal pictures($p; $q; $mask)))  // expect: True
// an empty picture: OK = 0
ALERT(String(Equal pictures($p; $empty; $mask))+" "+String(OK))  // expect: False 0
// a thumbnail of an empty picture is white (all of it is free space)
CREATE THUMBNAIL($empty; $q; 12; 12)
PICTURE PROPERTIES($q; $w; $h)
ALERT(String(OK)+" "+String($w)+"x"+String($h))  // expect: 1 12x12
// vector pictures are compared by their bytes (run4d does not render them)
READ PICTURE FILE("logo.svg"; $q)
ALERT(String(Equal pictures($q; $q; $mask))+" "+String(Picture size($mask)>0))  // expect: True True
// picture operators draw pictures: not supported by run4d (an honest error, not a type error)
Try
	$q:=$p*2
Catch
	ALERT(String(Last errors[0].errCode)+" "+Last errors[0].message)  // expect: -10751 The picture operator * is not supported by run4d
End try
