// Initialised properties exist before the constructor runs; others only once assigned
$s:=cs.Settings.new()
ALERT(JSON Stringify($s))  // expect: {"color":"Blue","size":4,"tags":["a"]}
ALERT(String(Undefined($s.note)))  // expect: True
