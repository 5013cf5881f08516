// &x and &$ write a 32-bit integer in hexadecimal
ALERT(String(-1; "&x"))  // expect: 0xFFFFFFFF
ALERT(String(-1; "&$"))  // expect: $FFFFFFFF
ALERT(String(0 ?+ 7; "&x"))  // expect: 0x0080
ALERT(String(0 ?+ 7; "&$"))  // expect: $80
ALERT(String(255; "&x"))  // expect: 0x00FF
ALERT(String(70000; "&x"))  // expect: 0x00011170
ALERT(String(4096; "&$"))  // expect: $1000
ALERT(String(2748; "&$"))  // expect: $0ABC
