// Two errors thrown deferred: the method goes on, both are raised when it returns
throw({errCode: 1; message: "first problem"; deferred: True})
ALERT("collect goes on")
throw({errCode: 2; message: "second problem"; deferred: True})
ALERT("collect ends")
