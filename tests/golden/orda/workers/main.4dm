// Workers share the datastore: concurrent saves of one entity report stamp conflicts, and no update is lost
ds.Company.fromCollection([{name: "Counter"; revenues: 0}])
$done:=New shared object("workers"; 0; "conflicts"; 0)
For ($w; 1; 4)
	CALL WORKER("bumper "+String($w); "bump"; 50; $done)
End for
$start:=Milliseconds
Repeat
	DELAY PROCESS(Current process; 3)
Until ($done.workers=4) | ((Milliseconds-$start)>60000)
ALERT(String($done.workers)+" workers, revenues "+String(ds.Company.get(1).revenues))  // expect: 4 workers, revenues 200
ALERT(String(ds.Company.get(1).getStamp()))  // expect: 201
