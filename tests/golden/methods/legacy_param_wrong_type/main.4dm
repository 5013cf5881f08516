// C_XXX parameters given a value of another type receive the empty value of their type;
// named parameters raise an error
ALERT(describe(12; "x"; True))  // expect: [] 0 00/00/00
ALERT(describe("ok"; 3.7))  // expect: [ok] 4 00/00/00
$r:=typed(12)
// expect runtime error: Parameter 1 of typed: Text expected, got Number
