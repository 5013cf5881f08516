// An invalid regular expression is an error
$ok:=Match regex("(abc"; "abc")
// expect runtime error: Match regex: invalid regular expression "(abc"
