ALERT("handled: "+Last errors[0].message)
