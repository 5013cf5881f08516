// GET LAST ERROR STACK, in an ON ERR CALL method, fills three synchronized arrays
ON ERR CALL("les_handler")
var $o : Object
$o.a.b:=1
ON ERR CALL("")
ALERT(String(Size of array(<>codes))+" "+String(<>codes{1})+" "+<>comps{1}+" "+<>texts{1})  // expect: 1 -10705 4DRT Cannot write property "b" of null
