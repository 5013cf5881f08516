// .slice(start; end) copies bytes start..end-1; negative indexes count from the end
var $b : Blob
var $x : 4D.Blob
TEXT TO BLOB("0123456789"; $b; UTF8 text without length)
$x:=4D.Blob.new($b)
ALERT(Convert to text($x.slice(2; 5); "UTF-8"))  // expect: 234
ALERT(Convert to text($x.slice(-3); "UTF-8"))  // expect: 789
ALERT(Convert to text($x.slice(1; -7); "UTF-8"))  // expect: 12
ALERT(String($x.slice(20).size))  // expect: 0
ALERT(String($x.slice().size))  // expect: 10
ALERT(String($x.size))  // expect: 10
