// RESOLVE POINTER tells what a pointer designates
ARRAY TEXT(atWords;4;2)
ARRAY LONGINT($local;3)
vName:="x"
RESOLVE POINTER(->atWords{3}{2};$var;$row;$col)
ALERT($var+" "+String($row)+" "+String($col))  // expect: atWords 3 2
RESOLVE POINTER(->$local{2};$var;$row;$col)
ALERT($var+" "+String($row)+" "+String($col))  // expect: $local 2 -1
RESOLVE POINTER(->vName;$var;$row;$col)
ALERT($var+" "+String($row)+" "+String($col))  // expect: vName -1 -1
RESOLVE POINTER(->atWords;$var;$row;$col)
ALERT($var+" "+String($row)+" "+String($col))  // expect: atWords -1 -1
var $nil : Pointer
RESOLVE POINTER($nil;$var;$row;$col)
ALERT("["+$var+"] "+String($row)+" "+String($col))  // expect: [] 0 0
RESOLVE POINTER("text";$var;$row;$col)
// expect runtime error: Parameter 1 of RESOLVE POINTER: Pointer expected, got Text
