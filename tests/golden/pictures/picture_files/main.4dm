// Picture files: READ/WRITE PICTURE FILE, Is picture file, sizes, conversions, thumbnails
var $p; $svg; $thumb : Picture
var $w; $h : Real
READ PICTURE FILE("red.png"; $p)
ALERT(String(OK)+" "+String(Picture size($p)>0)+" "+String(Position("red.png"; Document)>0))  // expect: 1 True True
PICTURE PROPERTIES($p; $w; $h)
ALERT(String($w)+"x"+String($h))  // expect: 40x20
ARRAY TEXT($formats; 0)
GET PICTURE FORMATS($p; $formats)
ALERT($formats{1})  // expect: .png
// converted when written in another format, written as is in its own
WRITE PICTURE FILE("red.jpg"; $p)
ALERT(String(OK)+" "+String(Is picture file("red.jpg")))  // expect: 1 True
var $back : Picture
READ PICTURE FILE("red.jpg"; $back)
GET PICTURE FORMATS($back; $formats)
ALERT($formats{1})  // expect: .jpg
var $blob : Blob
PICTURE TO BLOB($p; $blob; "image/gif")
ALERT(String(OK)+" "+BLOB to text($blob; Mac text without length; 0; 3))  // expect: 1 GIF
BLOB TO PICTURE($blob; $back)
PICTURE PROPERTIES($back; $w; $h)
ALERT(String(OK)+" "+String($w)+"x"+String($h))  // expect: 1 40x20
CONVERT PICTURE($back; ".png")
GET PICTURE FORMATS($back; $formats)
ALERT($formats{1})  // expect: .png
// SVG pictures are kept as their text and measured from their attributes
READ PICTURE FILE("logo.svg"; $svg)
PICTURE PROPERTIES($svg; $w; $h)
ALERT(String(OK)+" "+String($w)+"x"+String($h))  // expect: 1 120x80
PICTURE TO BLOB($svg; $blob; ".png")  // run4d does not render SVG
ALERT(String(OK)+" "+String(BLOB size($blob)))  // expect: 0 0
// thumbnails: 48 x 48 by default, proportional and centered
CREATE THUMBNAIL($p; $thumb)
PICTURE PROPERTIES($thumb; $w; $h)
ALERT(String($w)+"x"+String($h))  // expect: 48x48
CREATE THUMBNAIL($p; $thumb; 20; 20; 5)  // Scaled to fit proportional
PICTURE PROPERTIES($thumb; $w; $h)
ALERT(String($w)+"x"+String($h))  // expect: 20x10
// not a picture: OK=0, unless * accepts any file
READ PICTURE FILE("notes.txt"; $back)
ALERT(String(OK)+" "+String(Is picture file("notes.txt")))  // expect: 0 False
READ PICTURE FILE("notes.txt"; $back; *)
ALERT(String(OK)+" "+String(Picture size($back)))  // expect: 1 14
Try
	READ PICTURE FILE("missing.png"; $back)
Catch
	ALERT(String(Last errors[0].errCode)+" "+String(OK))  // expect: -43 0
End try
ARRAY TEXT($codecs; 0)
PICTURE CODEC LIST($codecs)
ALERT(String(Find in array($codecs; ".svg")>0))  // expect: True
