// Num does not convert dates
ALERT(String(Num(!2020-01-01!)))
// expect runtime error: Parameter 1 of Num: Text, Number or Boolean expected, got Date
