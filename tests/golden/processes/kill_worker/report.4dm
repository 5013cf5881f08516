ALERT("note defined: "+String(Not(Undefined(note))))
