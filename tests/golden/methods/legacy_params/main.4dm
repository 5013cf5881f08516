ALERT(shout("This is good."))  // expect: THIS is good.
