// A number too wide for its placeholders shows < in each of them
ALERT(String(1234.5; "###"))  // expect: <<<
ALERT(String(-1234.5; "####"))  // expect: <<<<
ALERT(String(-26; "##0"))  // expect: -26
ALERT(String(-260; "##0"))  // expect: <<<
// the minus sign needs a placeholder of its own
ALERT(String(-2.5; "0.00"))  // expect: <<<
ALERT(String(-2.5; "#0.00"))  // expect: -2.50
