// Text operators: concatenation, repetition, case- and accent-insensitive
// comparison, the @ wildcard on the right, keyword search with %
ALERT("ab"+"cd")  // expect: abcd
ALERT("ab"*3)  // expect: ababab
ALERT(String("abc"="ABC"))  // expect: True
ALERT(String("élève"="ELEVE"))  // expect: True
ALERT(String("abcdef"="abc@"))  // expect: True
ALERT(String("abc@"="abcdef"))  // expect: False
ALERT(String("abcdef"="@cd@"))  // expect: True
ALERT(String("abcdef"="abc@@"))  // expect: False
ALERT(String("apple"<"Banana"))  // expect: True
ALERT(String("Alpha Bravo"%"Bravo"))  // expect: True
ALERT(String("Alpha Bravo"%"ravo"))  // expect: False
ALERT(String("abc"#"abd"))  // expect: True
