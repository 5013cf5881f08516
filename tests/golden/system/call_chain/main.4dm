// Call chain: one object per 4D frame, innermost first, with the line being run
var $chain:=outer
ALERT($chain.map(Formula($1.value.name+":"+String($1.value.line)+":"+$1.value.type)).join(" < "))  // expect: inner:2:projectMethod < Tool.run:3:classFunction < outer:2:projectMethod < main:2:projectMethod
ALERT($chain[0].database)  // expect: call_chain
ALERT(String(Get call chain.length))  // expect: 1
var $f:=Formula(Call chain)
ALERT($f.call()[0].type)  // expect: formula
