// Compare strings works like the < operator by default: -1, 0 or 1
ALERT(String(Compare strings("apple"; "banana")))  // expect: -1
ALERT(String(Compare strings("pear"; "apple")))  // expect: 1
ALERT(String(Compare strings("Apple"; "apple")))  // expect: 0
ALERT(String(Compare strings("ete"; "été")))  // expect: 0
// @ is not a wildcard here
ALERT(String(Compare strings("abc"; "ab@")))  // expect: 1
