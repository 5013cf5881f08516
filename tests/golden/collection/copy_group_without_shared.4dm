// groupWith is only accepted together with ck shared (as OB Copy)
var $plain : Collection
$plain:=[1; 2].copy(ck resolve pointers; New shared collection)
// expect runtime error: Collection.copy: groupWith needs the ck shared option
