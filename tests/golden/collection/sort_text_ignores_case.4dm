// Text sorts without regard to case or accents; equal texts keep their order
var $c : Collection
$c:=New collection("b"; "É"; "a"; "B"; "e"; "A")
ALERT(JSON Stringify($c.sort()))  // expect: ["a","A","b","B","É","e"]
