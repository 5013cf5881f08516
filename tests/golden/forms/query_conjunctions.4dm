// QUERY's bare & | # arguments parse (the classic database layer raises -10790 when run)
Try
	QUERY:C277([People]; [People]Name="A@"; *)  // expect warning: QUERY is not supported by run4d
	QUERY:C277([People];  & ; [People]Age>18; *)
	QUERY([People]; | ; [People]Age<3; *)
	QUERY([People]; # ; [People]City="Paris")
Catch
	ALERT(Last errors[0].message)  // expect: QUERY is not supported by run4d
End try
Try
	QUERY:C277([People];  & [People]Age>18)
	QUERY BY ATTRIBUTE:C1331([People]; [People]Info; "city"; =; "Paris"; *)
	QUERY BY ATTRIBUTE:C1331([People];  | ; [People]Info; "age"; >=; 18)
Catch
	ALERT(Last errors[0].message)  // expect: QUERY is not supported by run4d
End try
