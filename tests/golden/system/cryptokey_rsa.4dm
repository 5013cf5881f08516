// 4D.CryptoKey with RSA: size, PKCS#1 and PSS signatures, RSA-OAEP encryption
var $key:=4D.CryptoKey.new({type: "RSA"; size: 1024})
ALERT($key.type+" "+String($key.size)+" "+String(Undefined($key.curve)))  // expect: RSA 1024 True
var $sig:=$key.sign("message"; {hash: "SHA256"})
ALERT(String($key.verify("message"; $sig; {hash: "SHA256"}).success)+" "+String($key.verify("message"; $sig; {hash: "SHA512"}).success))  // expect: True False
var $pss:=$key.sign("message"; {hash: "SHA256"; pss: True})
ALERT(String($pss#$key.sign("message"; {hash: "SHA256"; pss: True}))+" "+String($key.verify("message"; $pss; {hash: "SHA256"; pss: True}).success))  // expect: True True
var $enc:=$key.encrypt("top secret"; {hash: "SHA256"})
ALERT(JSON Stringify($key.decrypt($enc; {hash: "SHA256"})))  // expect: {"success":true,"result":"top secret"}
var $pub:=4D.CryptoKey.new({type: "PEM"; pem: $key.getPublicKey()})
var $enc2:=$pub.encrypt("dG9w"; {hash: "SHA1"; encodingDecrypted: "Base64"; encodingEncrypted: "Base64URL"})
ALERT($key.decrypt($enc2; {hash: "SHA1"; encodingEncrypted: "Base64URL"}).result)  // expect: top
ALERT(String($pub.decrypt($enc2; {hash: "SHA1"}).success))  // expect: False
ALERT(Substring($key.getPrivateKey(); 1; 27)+" "+Substring($key.getPublicKey(); 1; 26))  // expect: -----BEGIN PRIVATE KEY----- -----BEGIN PUBLIC KEY-----
$x:=Try(4D.CryptoKey.new({type: "DSA"}))
ALERT(String(Last errors[0].errCode))  // expect: -10718
$x:=Try(4D.CryptoKey.new({type: "PEM"; pem: "garbage"}))
ALERT(String(Last errors[0].errCode))  // expect: -10718
