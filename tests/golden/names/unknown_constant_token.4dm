// A name carrying a :K token must be a known constant
$x:=Not a real constant:K99:1  // expect error: Unknown constant: Not a real constant (K99:1)
$y:=On Load:K2:1
