Class extends DataStoreImplementation

Function getDesc() : Text
	return "Employees and their companies"
