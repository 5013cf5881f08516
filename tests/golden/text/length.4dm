// Length counts every character, ignorable ones included
ALERT(String(Length("Topaz")))  // expect: 5
ALERT(String(Length("")))  // expect: 0
ALERT(String(Length("a"+Char(1)+"b")))  // expect: 3
ALERT(String(Length("été")))  // expect: 3
