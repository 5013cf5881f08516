// A reference that is not a list raises -10730 (caught by Try and ON ERR CALL); the forms naming a form object raise -10790
var $list; $ref : Integer
var $text : Text
$list:=New list
CLEAR LIST($list)
Try
	APPEND TO LIST($list; "x"; 1)
Catch
	ALERT(String(Last errors[0].errCode))  // expect: -10730
End try
Try
	ALERT(String(Count list items(12345)))
Catch
	ALERT(Last errors[0].message)  // expect: Count list items: 12345 is not a hierarchical list reference
End try
// a sublist must be a list too
$list:=New list
Try
	APPEND TO LIST($list; "x"; 1; 98765; True)
Catch
	ALERT(String(Last errors[0].errCode)+" "+String(Count list items($list)))  // expect: -10730 0
End try
// sublist and expanded are passed jointly
Try
	SET LIST ITEM($list; 1; "x"; 1; 0)
Catch
	ALERT(String(Last errors[0].errCode))  // expect: -10703
End try
// no form headless: the object name forms are not supported
Try
	ALERT(String(Count list items(*; "hlList")))
Catch
	ALERT(String(Last errors[0].errCode))  // expect: -10790
End try
Try
	GET LIST ITEM(*; "hlList"; 1; $ref; $text)
Catch
	ALERT(Last errors[0].message)  // expect: GET LIST ITEM with a form object name (*) is not supported by run4d
End try
ON ERR CALL("handler")
CLEAR LIST(-1)  // expect: handled -10730
ON ERR CALL("")
ALERT(String(Is a list($list)))  // expect: True
CLEAR LIST($list)
