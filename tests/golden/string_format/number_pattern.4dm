// # and 0 placeholders, the decimal point and the thousands separator
ALERT(String(65536; "###,##0 bytes"))  // expect: 65,536 bytes
ALERT(String(2/3; "##0.000"))  // expect: 0.666
ALERT(String(1234.5; "####0.00"))  // expect: 1234.50
ALERT(String(0; "####0.00"))  // expect: 0.00
ALERT(String(1234.5; "##,##0.00"))  // expect: 1,234.50
ALERT(String(-1234.5; "##,##0.00"))  // expect: -1,234.50
ALERT(String(987; "$###,##0.00"))  // expect: $987.00
