// Begin SQL ... End SQL keeps its body as text; running it raises -10790
Try
	Begin SQL
		SELECT name FROM people WHERE age > 18 INTO :$names;
	End SQL
Catch
	ALERT(Last errors[0].message)  // expect: Begin SQL is not supported by run4d
End try
ALERT("after")  // expect: after
