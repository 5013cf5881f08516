// Session is Null outside a Web request
ALERT(String(Session=Null)+" "+String(Value type(Session)))  // expect: True 255
