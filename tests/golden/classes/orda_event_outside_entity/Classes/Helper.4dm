// an ORDA event outside an entity class (Class extends Entity) is a compile error
Function event touched name($event : Object)  // expect error: can only be defined in an entity class
	ALERT("never")

// a function named event stays an ordinary function
Function event($x : Integer) : Integer
	return $x*2
