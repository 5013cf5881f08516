// GENERATE ENCRYPTION KEYPAIR, ENCRYPT BLOB, DECRYPT BLOB (RSA and AES-GCM; run4d's cipher format: docs/decisions.md)
var $priv; $pub; $priv2; $pub2; $data; $copy : Blob
GENERATE ENCRYPTION KEYPAIR($priv; $pub)
ALERT(BLOB to text($priv; UTF8 text without length; $o; 31)+" | "+BLOB to text($pub; UTF8 text without length; $o2; 26))  // expect: -----BEGIN RSA PRIVATE KEY----- | -----BEGIN PUBLIC KEY-----
GENERATE ENCRYPTION KEYPAIR($priv2; $pub2; 1024)
TEXT TO BLOB("A secret message, its key sealed with RSA, the message encrypted with AES."; $data; UTF8 text without length)
$copy:=$data
// one key: the sender's private key; its public key opens it
ENCRYPT BLOB($data; $priv)
ALERT(String(OK)+" "+String(BLOB size($data)>BLOB size($copy))+" "+BLOB to text($data; UTF8 text without length; $o3; 4))  // expect: 1 True R4DE
DECRYPT BLOB($data; $pub)
ALERT(String(OK)+" "+BLOB to text($data; UTF8 text without length))  // expect: 1 A secret message, its key sealed with RSA, the message encrypted with AES.
// two keys: the recipient's private key is needed too
ENCRYPT BLOB($data; $priv; $pub2)
$cipher:=$data
DECRYPT BLOB($data; $pub)
ALERT(String(OK)+" "+String(BLOB size($data)=BLOB size($cipher)))  // expect: 0 True
DECRYPT BLOB($data; $pub; $priv2)
ALERT(String(OK)+" "+String(BLOB to text($data; UTF8 text without length)=BLOB to text($copy; UTF8 text without length)))  // expect: 1 True
// the wrong key, a key that is not one, a changed cipher
ENCRYPT BLOB($data; $priv)
DECRYPT BLOB($data; $pub2)
ALERT(String(OK))  // expect: 0
TEXT TO BLOB("not a key"; $priv2; UTF8 text without length)
ENCRYPT BLOB($data; $priv2)
ALERT(String(OK))  // expect: 0
ENCRYPT BLOB($data; $priv)
$cipher:=$data
$offset:=BLOB size($data)-8
LONGINT TO BLOB(12345; $data; Native byte ordering; $offset)
DECRYPT BLOB($data; $pub)
ALERT(String(OK))  // expect: 0
SET BLOB SIZE($cipher; BLOB size($cipher)-1)
DECRYPT BLOB($cipher; $pub)
ALERT(String(OK))  // expect: 0
