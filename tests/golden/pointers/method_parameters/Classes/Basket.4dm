Function fill($into : Pointer; $count : Integer; $value : Real)
	var $i : Integer
	For ($i;1;$count)
		APPEND TO ARRAY($into->;$value)
	End for
