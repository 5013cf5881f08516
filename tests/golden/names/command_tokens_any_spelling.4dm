// A :C token names its command by number, whatever the spelling (localized or older names)
ALERT(Chaine:C10(42))  // expect: 42
ALERT(String:C10(Longueur:C16("abc")))  // expect: 3
$e:=On Load:K2:1
ALERT(String($e))  // expect: 1
ALERT(String(MAXLONG:K35:2))  // expect: 2147483647
