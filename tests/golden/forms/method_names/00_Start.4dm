ALERT("started")
