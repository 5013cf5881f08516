// Trim, Trim start and Trim end remove whitespace (spaces, tabs, line ends)
$t:=" "+Char(Tab)+"Hello World!"+Char(Line feed)+"  "
ALERT("["+Trim($t)+"]")  // expect: [Hello World!]
ALERT("["+Trim end("  x  ")+"]")  // expect: [  x]
ALERT("["+Trim start("  x  ")+"]")  // expect: [x  ]
ALERT("["+Trim("")+"]")  // expect: []
ALERT("["+Trim("a b")+"]")  // expect: [a b]
