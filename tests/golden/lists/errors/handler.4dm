ALERT("handled "+String(ERROR))
