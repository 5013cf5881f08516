// The run's pasteboard (in memory, shared by its processes: docs/decisions.md, "Pasteboard")
CLEAR PASTEBOARD
ALERT(String(Pasteboard data size("TEXT")))  // expect: -102
$t:=Get text from pasteboard
ALERT("["+$t+"] "+String(OK))  // expect: [] 0
SET TEXT TO PASTEBOARD("héllo")
ALERT(Get text from pasteboard+" "+String(OK))  // expect: héllo 1
// the names of one type lead to the same data: native text is UTF-8, utf16 is UTF-16LE
ALERT(String(Pasteboard data size("com.4d.private.text.native"))+" "+String(Pasteboard data size("public.utf8-plain-text"))+" "+String(Pasteboard data size("com.4d.private.text.utf16")))  // expect: 6 6 10
ARRAY TEXT($sigs; 0)
ARRAY TEXT($natives; 0)
ARRAY TEXT($names; 0)
GET PASTEBOARD DATA TYPE($sigs; $natives; $names)
ALERT(String(Size of array($sigs))+" "+$sigs{1}+" "+$natives{1}+" "+$sigs{2}+" ["+$names{1}+"]")  // expect: 2 com.4d.private.text.native public.utf8-plain-text com.4d.private.text.utf16 []
// custom data beside the text
var $x; $y : Blob
TEXT TO BLOB("payload"; $x; UTF8 text without length)
APPEND DATA TO PASTEBOARD("com.example.private"; $x)
ALERT(String(Pasteboard data size("com.example.private"))+" "+String(Pasteboard data size("TEXT")))  // expect: 7 6
GET PASTEBOARD DATA("com.example.private"; $y)
ALERT(BLOB to text($y; UTF8 text without length)+" "+String(OK))  // expect: payload 1
GET PASTEBOARD DATA TYPE($sigs; $natives)
ALERT("["+$sigs{3}+"] "+$natives{3})  // expect: [] com.example.private
// a missing type: OK = 0 and error -102
CLEAR PASTEBOARD
Try
	GET PASTEBOARD DATA("com.example.private"; $y)
Catch
	ALERT(String(Last errors[0].errCode)+" "+String(OK))  // expect: -102 0
End try
// files: replace, then add with *
SET FILE TO PASTEBOARD("/tmp/a.txt")
SET FILE TO PASTEBOARD("/tmp/b c.txt"; *)
ALERT(Get file from pasteboard(1)+"|"+Get file from pasteboard(2)+"|"+Get file from pasteboard(3)+"|")  // expect: /tmp/a.txt|/tmp/b c.txt||
GET PASTEBOARD DATA TYPE($sigs; $natives)
ALERT($sigs{1}+" "+$natives{1})  // expect: com.4d.private.file.url public.file-url
SET FILE TO PASTEBOARD("/tmp/d.txt")
ALERT(Get file from pasteboard(1)+"|"+Get file from pasteboard(2)+"|")  // expect: /tmp/d.txt||
// text replaces the files
SET TEXT TO PASTEBOARD("x")
ALERT("["+Get file from pasteboard(1)+"]")  // expect: []
// pictures
var $p; $q : Picture
GET PICTURE FROM PASTEBOARD($q)
ALERT(String(OK)+" "+String(Picture size($q)))  // expect: 0 0
BASE64 DECODE("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="; $x)
BLOB TO PICTURE($x; $p)
SET PICTURE TO PASTEBOARD($p)
ALERT(String(Pasteboard data size("com.4d.private.picture.png"))+" "+String(Pasteboard data size("TEXT")))  // expect: 70 -102
GET PICTURE FROM PASTEBOARD($q)
ALERT(String(OK)+" "+String(Equal pictures($p; $q; $mask)))  // expect: 1 True
