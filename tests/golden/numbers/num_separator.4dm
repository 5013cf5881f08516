// The separator parameter names the decimal separator (one or more characters)
ALERT(String(Num("33,333.33")))  // expect: 33333.33
ALERT(String(Num("33.333,33"; ",")))  // expect: 33333.33
ALERT(String(Num("3::5"; "::")))  // expect: 3.5
ALERT(String(Num("3.5"; ".")))  // expect: 3.5
