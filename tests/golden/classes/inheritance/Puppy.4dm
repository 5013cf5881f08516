// No constructor: the parent's constructor receives the arguments
Class extends Dog

Function kind() : Text
	return "young "+Super.kind()
