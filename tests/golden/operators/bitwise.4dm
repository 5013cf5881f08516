// Bitwise operators work on 32-bit integers
ALERT(String((0x0000FFFF & 0xFF00FF00)=0x0000FF00))  // expect: True
ALERT(String((0x0000FFFF | 0xFF00FF00)=0xFF00FFFF))  // expect: True
ALERT(String(0xFFFFFFFF))  // expect: -1
ALERT(String(0x0000FFFF << 8))  // expect: 16776960
ALERT(String(0x0000FFFF >> 8))  // expect: 255
ALERT(String(0 ?+ 16))  // expect: 65536
ALERT(String(0x00010000 ?- 16))  // expect: 0
ALERT(String(0x00010000 ?? 16))  // expect: True
ALERT(String(5 ^| 3))  // expect: 6
