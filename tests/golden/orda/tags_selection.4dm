// Transformation tags on the datastore: 4DLOOP on a table's current selection, 4DEACH on an entity selection
var $out : Text
For each ($name; ["Acme"; "Beta"; "Gamma"])
	CREATE RECORD([Company])
	[Company]name:=$name
	SAVE RECORD([Company])
End for each
ALL RECORDS([Company])
PROCESS 4D TAGS("<!--#4DLOOP [Company]--><!--#4DTEXT [Company]name-->;<!--#4DENDLOOP-->"; $out)
ALERT($out)  // expect: Acme;Beta;Gamma;
PROCESS 4D TAGS("<!--#4DEACH $e in ds.Company.query(\"name > :1\"; \"B\").orderBy(\"name desc\")--><!--#4DTEXT $e.name-->,<!--#4DENDEACH-->"; $out)
ALERT($out)  // expect: Gamma,Beta,
PROCESS 4D TAGS("<!--#4DLOOP [Nothing]-->x<!--#4DENDLOOP-->"; $out)
ALERT($out)  // expect: <!--#4DLOOP [Nothing]-->: Incorrect table name
