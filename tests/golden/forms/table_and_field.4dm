// [Table], [Table]Field, [Table:n]Field:n and ->[Table]Field parse; running them raises -10790
$r:=Try([Customers]Name)
ALERT(Last errors[0].message)  // expect: [Customers]Name (tables and fields) is not supported by run4d
$r:=Try(->[Customers:3]City:2)
ALERT(Last errors[0].message)  // expect: [Customers]City (tables and fields) is not supported by run4d
$n:=Try(Table:C252(->[Customers]))  // expect warning: Table is not supported by run4d
ALERT(Last errors[0].message)  // expect: Table is not supported by run4d
Try
	[Customers]Name:="Smith"
Catch
	ALERT(Last errors[0].message)  // expect: [Customers]Name (tables and fields) is not supported by run4d
End try
$c:=[1; 2]
ALERT(String($c[0]))  // expect: 1
$r:=Try([Codes:91]Use:2+[Codes]Type+[Codes]AD 1:34)
ALERT(Last errors[0].message)  // expect: [Codes]Use (tables and fields) is not supported by run4d
