// Split string cuts a text at each separator
$c:=Split string("a,b,,c"; ",")
ALERT(JSON Stringify($c))  // expect: ["a","b","","c"]
ALERT(JSON Stringify(Split string("abc"; ";")))  // expect: ["abc"]
ALERT(JSON Stringify(Split string("1<>2<>3"; "<>")))  // expect: ["1","2","3"]
ALERT(JSON Stringify(Split string("abc"; "")))  // expect: ["a","b","c"]
ALERT(JSON Stringify(Split string(""; ",")))  // expect: [""]
