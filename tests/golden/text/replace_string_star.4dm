// With * the comparison uses character codes
ALERT(Replace string("Crème brûlée"; "Brulee"; "caramel"; *))  // expect: Crème brûlée
ALERT(Replace string("aAaA"; "A"; "-"; *))  // expect: a-a-
ALERT(Replace string("aAaA"; "A"; "-"; 1; *))  // expect: a-aA
ALERT(Replace string("a"+Char(Tab)+"b"; Char(Tab); ","; *))  // expect: a,b
