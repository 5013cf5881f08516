// ON ERR CALL handles the not-supported error like any other, naming the command
ON ERR CALL("handler")
FORM NEXT PAGE  // a catalog name written without its token is still the command
ALERT("next")
ON ERR CALL("")
// expect: handled: FORM NEXT PAGE is not supported by run4d
// expect: next
