// With *, JSON Parse adds __symbols: line (from 1) and offset (from 0) of every property
var $o : Object
$o:=JSON Parse("{\n  \"id\": 1,\n  \"rows\": [\n    {\"v\": 2}\n  ]\n}"; *)
ALERT(JSON Stringify($o.__symbols))  // expect: {"id":{"line":2,"offset":2},"rows":{"line":3,"offset":2},"rows[0].v":{"line":4,"offset":5}}
ALERT(String(OB Keys($o).length))  // expect: 3
$o:=JSON Parse("{\"a\":{\"b\":0}}"; Is object; *)
ALERT(JSON Stringify(OB Keys($o.__symbols)))  // expect: ["a","a.b"]
ALERT(JSON Stringify(JSON Parse("[1]"; *)))  // expect: [1]
