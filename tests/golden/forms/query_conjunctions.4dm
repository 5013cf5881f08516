// QUERY's bare & | # arguments parse (without a structure, running them names the missing table)
Try
	QUERY:C277([People]; [People]Name="A@"; *)
	QUERY:C277([People];  & ; [People]Age>18; *)
	QUERY([People]; | ; [People]Age<3; *)
	QUERY([People]; # ; [People]City="Paris")
Catch
	ALERT(Last errors[0].message)  // expect: The table [People] does not exist in the structure
End try
Try
	QUERY:C277([People];  & [People]Age>18)
	QUERY BY ATTRIBUTE:C1331([People]; [People]Info; "city"; =; "Paris"; *)
	QUERY BY ATTRIBUTE:C1331([People];  | ; [People]Info; "age"; >=; 18)
Catch
	ALERT(Last errors[0].message)  // expect: The table [People] does not exist in the structure
End try
