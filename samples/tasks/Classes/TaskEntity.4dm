Class extends Entity

// A task is late when it is not done and its due date has passed.
Function get late($event : Object) : Boolean
	return Not(This.done) & (This.due#!00-00-00!) & (This.due<Current date)

Function summary() : Object
	return {id: This.ID; title: This.title; done: This.done; late: This.late; project: This.project.name}
