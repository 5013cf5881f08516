// Arrays go to project methods and class functions as pointers
ARRAY TEXT($names;3)
$names{1}:="lee"
$names{2}:=""
$names{3}:="max"
removeEmpty(->$names)
ALERT(JSON Stringify array($names))  // expect: ["lee","max"]
ALERT(String(total(->$names)))  // expect: 6
$shop:=cs.Basket.new()
ARRAY REAL($prices;0)
$shop.fill(->$prices;3;1.5)
ALERT(JSON Stringify array($prices))  // expect: [1.5,1.5,1.5]
declareIn(->$made)
ALERT(String(Size of array($made))+" "+$made{2})  // expect: 2 second
