// JSON Stringify array and JSON PARSE ARRAY
ARRAY TEXT($names;2)
$names{1}:="Zoe"
$names{2}:="Kai"
ALERT(JSON Stringify array($names))  // expect: ["Zoe","Kai"]
ARRAY BOOLEAN($flags;2)
$flags{2}:=True
ALERT(JSON Stringify array($flags))  // expect: [false,true]
ARRAY OBJECT($objs;0)
APPEND TO ARRAY($objs;{id: 1; ok: True})
$pretty:=JSON Stringify array($objs;*)
ALERT(String(Position("\n";$pretty)>0))  // expect: True
ALERT(JSON Stringify array("lonely"))  // expect: ["lonely"]
ARRAY TEXT($empty;0)
ALERT(JSON Stringify array($empty))  // expect: []
ARRAY REAL($nums;0)
JSON PARSE ARRAY("[4, 5.5, -1]";$nums)
ALERT(String(Size of array($nums))+" "+String($nums{2}))  // expect: 3 5.5
ARRAY TEXT($texts;0)
JSON PARSE ARRAY("[\"x\", 2, null]";$texts)
ALERT(JSON Stringify array($texts))  // expect: ["x","2",""]
JSON PARSE ARRAY("[{\"a\":1},{\"a\":2}]";$made)
ALERT(String(Type($made)=Object array)+" "+String($made{2}.a))  // expect: True 2
JSON PARSE ARRAY("{\"a\":1}";$nums)
// expect runtime error: JSON PARSE ARRAY: the text is not a JSON array
