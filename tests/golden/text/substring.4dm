// Substring(source; first{; count}) is 1-based
ALERT(Substring("12/31/99"; 4; 2))  // expect: 31
ALERT(Substring("Household"; 1; 5))  // expect: House
ALERT(Substring("Household"; 6))  // expect: hold
