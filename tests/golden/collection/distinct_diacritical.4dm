// distinct(ck diacritical) keeps values differing by case or accents
var $c : Collection
$c:=New collection("e"; "é"; "E"; "e")
ALERT(JSON Stringify($c.distinct(ck diacritical)))  // expect: ["e","é","E"]
ALERT(JSON Stringify($c.distinct()))  // expect: ["e"]
