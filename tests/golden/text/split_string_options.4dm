// sk ignore empty strings and sk trim spaces
$t:="red; green;;  ; blue "
ALERT(JSON Stringify(Split string($t; ";"; sk ignore empty strings)))  // expect: ["red"," green","  "," blue "]
ALERT(JSON Stringify(Split string($t; ";"; sk trim spaces)))  // expect: ["red","green","","","blue"]
// with both, parts are trimmed first: a part of spaces is dropped
ALERT(JSON Stringify(Split string($t; ";"; sk ignore empty strings+sk trim spaces)))  // expect: ["red","green","blue"]
