// An array cannot go to another process as a parameter; a collection can
ARRAY LONGINT($numbers;2)
$numbers{2}:=8
$c:=[]
ARRAY TO COLLECTION($c;$numbers)
CALL WORKER("helper";Formula(ALERT(JSON Stringify($1)));$c)  // expect: [0,8]
CALL WORKER("helper";Formula(ALERT("never"));$numbers)
// expect runtime error: CALL WORKER: an array ($numbers) cannot be passed to another process
