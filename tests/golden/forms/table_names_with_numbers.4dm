// A table name may end with a number ("Table 1" is the name 4D gives a new table)
$r:=Try([Table 1]Field 2)
ALERT(Last errors[0].message)  // expect: The table [Table 1] does not exist in the structure
$r:=Try(->[Table 12])
ALERT(Last errors[0].message)  // expect: The table [Table 12] does not exist in the structure
$c:=[1; 2]
ALERT(String($c[1]))  // expect: 2
