// Replace string replaces every occurrence, ignoring case and accents
ALERT(Replace string("Willow"; "ll"; "d"))  // expect: Widow
ALERT(Replace string("Shout"; "o"; ""))  // expect: Shut
ALERT(Replace string("a-b-c"; "-"; "+"))  // expect: a+b+c
ALERT(Replace string("Crème brûlée"; "BRULEE"; "caramel"))  // expect: Crème caramel
ALERT(Replace string("aaa"; "aa"; "b"))  // expect: ba
