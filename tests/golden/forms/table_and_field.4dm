// [Table], [Table]Field, [Table:n]Field:n and ->[Table]Field parse; without a structure, running them
// names the missing table (-10813)
$r:=Try([Customers]Name)
ALERT(Last errors[0].message)  // expect: The table [Customers] does not exist in the structure
$r:=Try(->[Customers:3]City:2)
ALERT(Last errors[0].message)  // expect: The table [Customers] does not exist in the structure
$n:=Try(Table:C252(->[Customers]))
ALERT(Last errors[0].message)  // expect: The table [Customers] does not exist in the structure
Try
	[Customers]Name:="Smith"
Catch
	ALERT(Last errors[0].message)  // expect: The table [Customers] does not exist in the structure
End try
$c:=[1; 2]
ALERT(String($c[0]))  // expect: 1
$r:=Try([Codes:91]Use:2+[Codes]Type+[Codes]AD 1:34)
ALERT(Last errors[0].message)  // expect: The table [Codes] does not exist in the structure
