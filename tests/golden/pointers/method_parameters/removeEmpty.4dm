#DECLARE($list : Pointer)
var $at : Integer
Repeat
	$at:=Find in array($list->;"")
	If ($at>0)
		DELETE FROM ARRAY($list->;$at)
	End if
Until ($at<0)
