// throw with a code, with a code and text, and with an object
$r:=Try(throw(12))
ALERT(Last errors[0].message)  // expect: Error code: 12 (host)
$r:=Try(throw(12; "twelve"))
ALERT(Last errors[0].message+" "+Last errors[0].componentSignature)  // expect: twelve host
$r:=Try(throw({errCode: 3; message: "file {name} missing"; name: "a.txt"; componentSignature: "xbox"}))
ALERT(Last errors[0].message+" "+String(Last errors[0].errCode)+" "+Last errors[0].componentSignature)  // expect: file a.txt missing 3 xbox
$r:=Try(throw({message: "no code"}))
ALERT(String(Last errors[0].errCode))  // expect: -1
