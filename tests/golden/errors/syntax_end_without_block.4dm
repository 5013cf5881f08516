ALERT("a")
End for  // expect error: End for without a matching block
