// GET/SET LIST PROPERTIES, GET/SET LIST ITEM PROPERTIES, SET LIST ITEM FONT / Get list item font, SET/GET LIST ITEM ICON: GET returns what SET stored
var $list; $appearance; $icon; $height; $double; $multi; $editable; $styles; $color : Integer
var $enterable : Boolean
var $iconText : Text
var $pict; $back : Picture
var $blob : Blob
$list:=New list
GET LIST PROPERTIES($list; $appearance; $icon; $height; $double; $multi; $editable)
ALERT(String($appearance)+String($icon)+String($height)+String($double)+String($multi)+String($editable))  // expect: 000001
SET LIST PROPERTIES($list; 0; 0; 18; 1; 1; 0)
GET LIST PROPERTIES($list; $appearance; $icon; $height; $double; $multi; $editable)
ALERT(String($height)+" "+String($double)+" "+String($multi)+" "+String($editable))  // expect: 18 1 1 0
// editable omitted: 1
SET LIST PROPERTIES($list; 0; 0; 20)
GET LIST PROPERTIES($list; $appearance; $icon; $height; $double; $multi; $editable)
ALERT(String($height)+" "+String($multi)+" "+String($editable))  // expect: 20 1 1
APPEND TO LIST($list; "item"; 7)
GET LIST ITEM PROPERTIES($list; 7; $enterable; $styles; $iconText; $color)
ALERT(String($enterable)+" "+String($styles)+" ["+$iconText+"] "+String($color))  // expect: False 0 [] 0
SET LIST ITEM PROPERTIES($list; 0; True; Bold+Italic; "path:/RESOURCES/Images/a.png"; 0x00FF0000)
GET LIST ITEM PROPERTIES($list; 7; $enterable; $styles; $iconText; $color)
ALERT(String($enterable)+" "+String($styles)+" "+$iconText+" "+String($color))  // expect: True 3 path:/RESOURCES/Images/a.png 16711680
// an unknown item leaves the variables unchanged
GET LIST ITEM PROPERTIES($list; 8; $enterable; $styles)
ALERT(String($enterable)+" "+String($styles))  // expect: True 3
ALERT("["+Get list item font($list; 7)+"]")  // expect: []
SET LIST ITEM FONT($list; 7; "Times")
ALERT(Get list item font($list; 7))  // expect: Times
SET LIST ITEM FONT($list; 7; "")
ALERT("["+Get list item font($list; 7)+"]")  // expect: []
TEXT TO BLOB("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"2\" height=\"2\"/>"; $blob; UTF8 text without length)
BLOB TO PICTURE($blob; $pict)
GET LIST ITEM ICON($list; 7; $back)
ALERT(String(Picture size($back)))  // expect: 0
SET LIST ITEM ICON($list; 7; $pict)
GET LIST ITEM ICON($list; 7; $back)
ALERT(String(Picture size($pict)>0)+" "+String(Picture size($back)=Picture size($pict)))  // expect: True True
CLEAR LIST($list)
