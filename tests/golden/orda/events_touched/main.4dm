// touched at entity level: uppercase every text attribute assigned (docs' example 1)
// expect stderr: run4d: warning: cs.CompanyEntity: "Function event touched nmae" names no attribute of the dataclass Company: it never runs
C_BOOLEAN(<>failConstructor)
$c:=ds.Company.new()
ALERT($c.city)
// expect: touched city
// expect: PARIS

// a bracketed name is an assignment too
$c["name"]:="acme"
ALERT($c.name)
// expect: touched name
// expect: ACME

// a computed attribute: touched for the storage attribute its setter writes, then for itself
$c.label:="beta@x"
ALERT($c.name+" "+$c.label)
// expect: touched name
// expect: touched label
// expect: touched name
// expect: BETA BETA@PARIS

// fromObject() fills attributes as assignments would
$c.fromObject({name: "gamma"; revenues: 3})
ALERT($c.name+" "+String($c.revenues))
// expect: touched name
// expect: touched revenues
// expect: GAMMA 3

// an error in the constructor reaches the code that called new()
<>failConstructor:=True
Try
	$d:=ds.Company.new()
	ALERT("no error")
Catch
	ALERT("caught "+Last errors[0].message)
End try
// expect: caught constructor failed
