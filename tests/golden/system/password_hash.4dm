// Generate password hash / Verify password hash: bcrypt (cost 10 by default); errors 850 and 852
var $hash:=Generate password hash("my secret")
ALERT(Substring($hash; 1; 7)+" "+String(Length($hash)))  // expect: $2b$10$ 60
ALERT(String(Verify password hash("my secret"; $hash))+" "+String(Verify password hash("my secreT"; $hash)))  // expect: True False
var $quick:=Generate password hash("x"; {algorithm: "bcrypt"; cost: 4})
ALERT(Substring($quick; 1; 7)+" "+String($quick#Generate password hash("x"; {cost: 4})))  // expect: $2b$04$ True
$x:=Try(Generate password hash("x"; {algorithm: "md5"}))
ALERT(String(Last errors[0].errCode)+" "+Last errors[0].message)  // expect: 850 Password-hash: Unsupported algorithm.
$x:=Try(Generate password hash("x"; {cost: 3}))
ALERT(String(Last errors[0].errCode))  // expect: 852
$x:=Try(Verify password hash("x"; "not a hash"))
ALERT(String(Last errors[0].errCode))  // expect: 850
var $long:="a"*80
ALERT(String(Verify password hash(("a"*72)+"different tail"; Generate password hash($long; {cost: 4}))))  // expect: True
