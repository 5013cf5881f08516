// A method-name callback must name an existing project method
var $c : Collection
$c:=New collection(1)
$c.filter("noSuchMethod")  // expect runtime error: The project method "noSuchMethod" was not found
