// copy() of a collection that contains itself is an error (as OB Copy)
var $ring; $twin : Collection
$ring:=["start"]
$ring.push({back: $ring})
$twin:=$ring.copy()
// expect runtime error: Collection.copy: circular reference
