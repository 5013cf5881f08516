// The pivot year of SET DEFAULT CENTURY is a two-digit year
SET DEFAULT CENTURY(19; 150)
// expect runtime error: SET DEFAULT CENTURY: the pivot year must be 0 to 99, got 150
