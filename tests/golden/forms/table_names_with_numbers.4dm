// A table name may end with a number ("Table 1" is the name 4D gives a new table)
$r:=Try([Table 1]Field 2)
ALERT(Last errors[0].message)  // expect: [Table 1]Field 2 (tables and fields) is not supported by run4d
$r:=Try(->[Table 12])
ALERT(Last errors[0].message)  // expect: [Table 12] (tables and fields) is not supported by run4d
$c:=[1; 2]
ALERT(String($c[1]))  // expect: 2
