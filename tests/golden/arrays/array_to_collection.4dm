// ARRAY TO COLLECTION replaces a collection's elements with an array's, or with objects
ARRAY TEXT($fruits;3)
$fruits{1}:="fig"
$fruits{2}:="date"
$fruits{3}:="pear"
$c:=["old 1"; "old 2"; "old 3"; "old 4"]
ARRAY TO COLLECTION($c;$fruits)
ALERT(JSON Stringify($c))  // expect: ["fig","date","pear"]
ARRAY LONGINT($qty;2)
$qty{1}:=12
$qty{2}:=7
$stock:=[]
ARRAY TO COLLECTION($stock;$fruits;"fruit";$qty;"qty")
ALERT(JSON Stringify($stock))  // expect: [{"fruit":"fig","qty":12},{"fruit":"date","qty":7},{"fruit":"pear"}]
var $none : Collection
ARRAY TO COLLECTION($none;$qty)
ALERT(JSON Stringify($none))  // expect: [12,7]
ARRAY DATE($days;1)
$days{1}:=!2025-03-04!
$dc:=[]
ARRAY TO COLLECTION($dc;$days)
ALERT(String(Value type($dc[0])))  // expect: 4
$shared:=New shared collection
Use ($shared)
	ARRAY TO COLLECTION($shared;$fruits)
End use
ALERT(String($shared.length))  // expect: 3
ARRAY TEXT($empty;0)
ARRAY TO COLLECTION($c;$empty)
ALERT(JSON Stringify($c))  // expect: []
