// A Real passed where a command takes a Longint is rounded half away from zero,
// as when it is assigned to an Integer variable
ALERT(Substring("abcdef"; 2.5; 1.6))  // expect: cd
ALERT(Char(65.5)+Char(65.4))  // expect: BA
ALERT(String(Round(3.14159; 1.5)))  // expect: 3.14
ALERT(Time string(90.5)+" "+Time string(90.4))  // expect: 00:01:31 00:01:30
ALERT(String(Position("b"; "abab"; 2.5)))  // expect: 4
ALERT(String(Add to date(!2024-01-10!; 0; 0; -1.5)))  // expect: 01/08/2024
ALERT(Replace string("aaa"; "a"; "b"; 1.5))  // expect: bba
