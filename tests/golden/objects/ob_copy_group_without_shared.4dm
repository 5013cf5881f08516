// groupWith only makes sense with ck shared
var $copy : Object
$copy:=OB Copy({a: 1}; ck resolve pointers; New shared object)
// expect runtime error: OB Copy: groupWith needs the ck shared option
