// JSON Stringify with * puts each member on a line, indented with one tab per level, and ": "
var $o : Object
$o:={id: 7; owner: {first: "Lin"; langs: ["fr"; "en"]}; empty: {}; none: []}
$t:=JSON Stringify($o; *)
$t:=Replace string($t; Char(9); "<tab>")
$lines:=Split string($t; Char(10))
ALERT(String($lines.length))  // expect: 12
ALERT($lines[0])  // expect: {
ALERT($lines[1])  // expect: <tab>"id": 7,
ALERT($lines[2])  // expect: <tab>"owner": {
ALERT($lines[3])  // expect: <tab><tab>"first": "Lin",
ALERT($lines[4])  // expect: <tab><tab>"langs": [
ALERT($lines[5])  // expect: <tab><tab><tab>"fr",
ALERT($lines[6])  // expect: <tab><tab><tab>"en"
ALERT($lines[7])  // expect: <tab><tab>]
ALERT($lines[8])  // expect: <tab>},
ALERT($lines[9])  // expect: <tab>"empty": {},
ALERT($lines[10])  // expect: <tab>"none": []
ALERT($lines[11])  // expect: }
