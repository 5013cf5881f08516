// === and IS treat @ as a plain character; !== and IS NOT are their negations
var $c : Collection
$c:=New collection(New object("t"; "a@b"); New object("t"; "axb"); New object("t"; "A@B"))
ALERT(JSON Stringify($c.query("t = 'a@b'").extract("t")))  // expect: ["a@b","axb","A@B"]
ALERT(JSON Stringify($c.query("t === 'a@b'").extract("t")))  // expect: ["a@b","A@B"]
ALERT(JSON Stringify($c.query("t IS :1"; "a@b").extract("t")))  // expect: ["a@b","A@B"]
ALERT(JSON Stringify($c.query("t !== 'a@b'").extract("t")))  // expect: ["axb"]
ALERT(JSON Stringify($c.query("t is not 'a@b'").extract("t")))  // expect: ["axb"]
