// Unhandled, the error stops the method and names the command
ALERT("before")  // expect: before
FORM LAST PAGE:C251  // expect runtime error: FORM LAST PAGE is not supported by run4d
ALERT("never")
