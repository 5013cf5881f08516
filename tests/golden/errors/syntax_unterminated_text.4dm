ALERT("never closed)  // expect error: unterminated text literal
