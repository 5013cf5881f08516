// CONVERT FROM TEXT fills an untyped local, a process or an interprocess variable
CONVERT FROM TEXT("héllo"; "UTF-8"; $untyped)
ALERT(String(Value type($untyped))+" "+String(BLOB size($untyped)))  // expect: 30 6
CONVERT FROM TEXT("héllo"; "ISO-8859-1"; vBytes)
ALERT(String(BLOB size(vBytes))+" "+Convert to text(vBytes; "ISO-8859-1"))  // expect: 5 héllo
CONVERT FROM TEXT("ab"; "UTF-16LE"; <>bytes)
ALERT(String(BLOB size(<>bytes)))  // expect: 4
