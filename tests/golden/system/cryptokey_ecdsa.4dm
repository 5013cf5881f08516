// 4D.CryptoKey with ECDSA: sign and verify (Base64 or Base64URL), PEM out and in
var $key:=4D.CryptoKey.new({type: "ECDSA"; curve: "prime256v1"})
ALERT($key.type+" "+$key.curve+" "+String(OB Instance of($key; 4D.CryptoKey))+" "+String(OB Is shared($key)))  // expect: ECDSA prime256v1 True True
var $sig:=$key.sign("hello world"; {hash: "SHA256"})
ALERT(String(Length($sig)))  // expect: 88
ALERT(JSON Stringify($key.verify("hello world"; $sig; {hash: "SHA256"})))  // expect: {"success":true}
var $bad:=$key.verify("hello world!"; $sig; {hash: "SHA256"})
ALERT(String($bad.success)+" "+String($bad.errors.length))  // expect: False 1
var $url:=$key.sign("jwt"; {hash: "SHA256"; encoding: "Base64URL"})
ALERT(String(Position("="; $url))+" "+String($key.verify("jwt"; $url; {hash: "SHA256"; encoding: "Base64URL"}).success))  // expect: 0 True
var $pub:=4D.CryptoKey.new({type: "PEM"; pem: $key.getPublicKey()})
ALERT(String($pub.verify("hello world"; $sig; {hash: "SHA256"}).success)+" ["+$pub.getPrivateKey()+"]")  // expect: True []
var $again:=4D.CryptoKey.new({type: "PEM"; pem: $key.getPrivateKey()})
ALERT(String($key.verify("x"; $again.sign("x"; {hash: "SHA256"}); {hash: "SHA256"}).success))  // expect: True
var $k384:=4D.CryptoKey.new({type: "ECDSA"; curve: "secp384r1"})
ALERT($k384.curve+" "+String(Length($k384.sign("m"; {hash: "SHA384"}))))  // expect: secp384r1 128
