Class extends DataStoreImplementation

Function label() : Text
	return "the store"
