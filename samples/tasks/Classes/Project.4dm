Class extends DataClass

// The project of that name, created on first use.
Function named($name : Text) : cs.ProjectEntity
	var $found:=This.query("name = :1"; $name).first()
	If ($found=Null)
		$found:=This.new()
		$found.name:=$name
		$found.save()
	End if
	return $found
