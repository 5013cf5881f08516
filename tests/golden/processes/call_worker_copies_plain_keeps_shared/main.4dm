// CALL WORKER copies plain objects and collections deeply, but shared ones (even nested) are passed by reference
var $plain : Object
var $done : 4D.Signal
$done:=New signal
$plain:={list: [1; 2]; box: New shared object("hits"; 0)}
CALL WORKER("copier"; "touch"; $plain; $done)
ALERT(String($done.wait(5)))  // expect: True
ALERT(JSON Stringify($plain.list))  // expect: [1,2]
ALERT(String($plain.box.hits))  // expect: 3
