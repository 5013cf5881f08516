// Every modifying member takes the implicit Use of a shared collection (no Use...End use needed)
var $s; $twin : Collection
$s:=New shared collection(4; 2)
$s.insert(1; 9)
$s.combine([7; 8])
$s.fill(0; -1)
ALERT(JSON Stringify($s))  // expect: [4,9,2,7,0]
$s.resize(6; 5)
ALERT(String($s.pop())+" "+String($s.shift()))  // expect: 5 4
$s.sort(Formula($1.value>$1.value2))
ALERT(JSON Stringify($s))  // expect: [9,7,2,0]
$twin:=New shared collection("a"; "b"; "c"; "d")
$s.multiSort([$twin])
ALERT(JSON Stringify($s)+" "+JSON Stringify($twin))  // expect: [0,2,7,9] ["d","c","b","a"]
$s.clear()
ALERT(String($s.length))  // expect: 0
$s.push({plain: True})  // expect runtime error: Not supported value type in a shared object or collection
