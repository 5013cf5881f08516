// With two parameters, Match regex tests the whole text
ALERT(String(Match regex(".*smith.*"; "John Smith")))  // expect: False
ALERT(String(Match regex(".*Smith.*"; "John Smith")))  // expect: True
ALERT(String(Match regex("[0-9]+"; "123")))  // expect: True
ALERT(String(Match regex("[0-9]+"; "123a")))  // expect: False
ALERT(String(Match regex("(?i)JOHN.*"; "john doe")))  // expect: True
