Class extends Entity

Function event validateSav($event : Object) : Object  // expect error: Unknown ORDA event "validateSav"
	return Null

Function event afterSave name($event : Object)  // expect error: The ORDA event afterSave is entity-level only
	ALERT("never")

Function event touched first last($event : Object)  // expect error: An ORDA event names one attribute at most
	ALERT("never")

Function event touched name($event : Object)
	ALERT("fine")

Function event Touched name($event : Object)  // expect error: event touched name is already defined in this class
	ALERT("twice")
