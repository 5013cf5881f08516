// The epsilon must not be negative
SET REAL COMPARISON LEVEL(-1)
// expect runtime error: SET REAL COMPARISON LEVEL: the epsilon must be positive, got -1
