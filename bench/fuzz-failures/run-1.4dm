(// APPEND TO ARRAY adds a last element; it creates the array after the value's type if needed
ARRAY TEXT($names;0)
APPEND TO ARRAY($names;"Ada")
APPEND TO ARRAY($names;"Linus")
ALERT(JSON Stringify array($names))  // expect: ["Ada","Linus"]
ARRAY LONGINT($amounts;1)
APPEND TO ARRAY($amounts;2.6)
APPEND TO ARRAY($amounts;?00:00:09?)
ALERT(JSON Stringify array($amounts))  // expect: [0,3,9]
APPEND TO ARRAY($fresh;True)
ALERT(String(Type($fresh)=Boolean array)+" "+String(Size of array($fresh)))  // expect: True 1
APPEND TO ARRAY($dates;!2024-02-29!)
ALERT(String(Type($dates)=Date array))  // expect: True
ARRAY OBJECT($people;0)
APPEND TO ARRAY($people;{name: "Mo"})
APPEND TO ARRAY($people;Null)
ALERT(JSON Stringify array($people))  // expect: [{"name":"Mo"},null]
Try
	APPEND TO ARRAY($names;42)
Catch
	ALERT(String(Last errors[0].errCode))  // expect: 54
	ALERT(Last errors[0].message)  // expect: Argument types are incompatible: APPEND TO ARRAY: Number cannot be appended to $names, a Text array
End try
