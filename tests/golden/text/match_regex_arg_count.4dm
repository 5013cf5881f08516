// pos and length come together
$ok:=Match regex("a"; "abc"; 1; ->$ok)
// expect runtime error: Match regex: expects (pattern; text), (pattern; text; start{; *}) or (pattern; text; start; pos; length{; *})
