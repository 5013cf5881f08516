// JSON Stringify of single values: texts quoted, times in seconds, dates "YYYY-MM-DD"
ALERT(JSON Stringify("say \"hi\""))  // expect: "say \"hi\""
ALERT(JSON Stringify(12.5))  // expect: 12.5
ALERT(JSON Stringify(-3))  // expect: -3
ALERT(JSON Stringify(True))  // expect: true
ALERT(JSON Stringify(Null))  // expect: null
ALERT(JSON Stringify(?02:00:30?))  // expect: 7230
ALERT(JSON Stringify(!1999-12-31!))  // expect: "1999-12-31"
ALERT(JSON Stringify(1/3))  // expect: 0.333333333333333
