Function run() : Collection
	// a comment line
	return inner
