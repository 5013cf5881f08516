throw(50042; "custom failure")
ALERT("risky continues")
