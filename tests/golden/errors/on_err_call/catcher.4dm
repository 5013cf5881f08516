// An error handler: reads the error system variables and Last errors
ALERT("caught "+String(Error)+" in "+Error method+" line "+String(Error line))
ALERT("formula: "+Error formula)
ALERT("last: "+Last errors[0].message)
