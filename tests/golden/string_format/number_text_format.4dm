// A format without placeholders is shown as written ("True;;False" on Num(boolean))
ALERT(String(Num(2>1); "Yes;;No"))  // expect: Yes
ALERT(String(Num(2<1); "Yes;;No"))  // expect: No
