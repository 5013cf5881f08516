// With a start position, Match regex searches from there
ALERT(String(Match regex("a.b"; "---a-b---"; 1)))  // expect: True
ALERT(String(Match regex("a.b"; "---a-b---"; 5)))  // expect: False
// with *, the match must begin exactly at start
ALERT(String(Match regex("a.b"; "---a-b---"; 1; *)))  // expect: False
ALERT(String(Match regex("a.b"; "---a-b---"; 4; *)))  // expect: True
