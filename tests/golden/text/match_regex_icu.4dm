// ICU forms run4d translates: \Q...\E, \p{...}, \x{...}, named groups
ALERT(String(Match regex("\\Q1+1\\E=2"; "1+1=2")))  // expect: True
ALERT(String(Match regex("\\p{Lu}\\p{Ll}+"; "Émile")))  // expect: True
ALERT(String(Match regex("\\p{Lu}\\p{Ll}+"; "émile")))  // expect: False
ALERT(String(Match regex("\\x{41}BC"; "ABC")))  // expect: True
ALERT(String(Match regex("(?<x>ab)\\k<x>"; "abab")))  // expect: True
