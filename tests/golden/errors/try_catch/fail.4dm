throw(7; "deep failure")
ALERT("never")
