Class extends Entity

Function describe($prefix : Text) : Text
	return $prefix+This.lastName
