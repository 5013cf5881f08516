// Generate digest: hexadecimal MD5/SHA digests of texts (UTF-8) and blobs, Base64URL with *
var $b : Blob
ALERT(Generate digest("run4d rocks"; MD5 digest))  // expect: ebff9c16d4600c72a202664be0c42961
ALERT(Generate digest("run4d rocks"; SHA1 digest))  // expect: 3f6168fe0b0f4a700f238072608c60b327d5da0a
ALERT(Generate digest("run4d rocks"; SHA256 digest))  // expect: a45e0cdccd91f1f2dd1ec8dc6b85f1e04dd8789ae25a3ed8ea63b591fb438814
ALERT(Generate digest("run4d rocks"; SHA256 digest; *))  // expect: pF4M3M2R8fLdHsjca4Xx4E3YeJriWj7Y6mO1kftDiBQ
ALERT(String(Length(Generate digest("run4d rocks"; SHA512 digest))))  // expect: 128
ALERT(Generate digest($b; MD5 digest))  // expect: d41d8cd98f00b204e9800998ecf8427e
TEXT TO BLOB("run4d rocks"; $b; UTF8 text without length)
ALERT(Generate digest($b; MD5 digest))  // expect: ebff9c16d4600c72a202664be0c42961
