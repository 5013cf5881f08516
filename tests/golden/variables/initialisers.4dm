// var with initialisers, and type inference (an integer literal infers Real)
var $a : Text:="hello"
var $n:=20
var $o:={k: "v"}
var $c:=[1; 2]
var $d : Date:=!2023-09-12!
ALERT($a+" "+String($n)+" "+$o.k+" "+String($c.length)+" "+String($d))  // expect: hello 20 v 2 09/12/2023
ALERT(String(Value type($n)))  // expect: 1
