ALERT("caught "+String(Error)+" in "+Error method+" line "+String(Error line))
