// Special characters in texts are escaped
ALERT(JSON Stringify("a"+Char(10)+"b"+Char(9)+"c\\d"))  // expect: "a\nb\tc\\d"
ALERT(JSON Stringify({"my key": "é"}))  // expect: {"my key":"é"}
