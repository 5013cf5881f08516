#DECLARE($param : Text) : Text
// 4DSCRIPT/tags_script/x gives "/x"; a leading Char(1) makes the result HTML
If ($param="/html")
	return Char(1)+"<b>bold</b>"
End if
return "param=["+$param+"] <"
