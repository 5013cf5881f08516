// The sk options change how Compare strings compares
$a:="hello World"
$b:="Hello World"
ALERT(String(Compare strings($a; $b; sk char codes)))  // expect: 1
ALERT(String(Compare strings($a; $b; sk char codes+sk case insensitive)))  // expect: 0
ALERT(String(Compare strings($a; $b; sk strict)))  // expect: -1
ALERT(String(Compare strings($a; $b; sk case insensitive)))  // expect: 0
ALERT(String(Compare strings("ete"; "été"; sk case insensitive)))  // expect: -1
ALERT(String(Compare strings("ete"; "ÉTÉ"; sk diacritic insensitive)))  // expect: -1
ALERT(String(Compare strings("ete"; "ÉTÉ"; sk diacritic insensitive+sk case insensitive)))  // expect: 0
