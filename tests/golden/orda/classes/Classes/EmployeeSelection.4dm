Class extends EntitySelection

Function aboveAverage() : cs.EmployeeSelection
	return This.query("salary > :1"; This.average("salary")).orderBy("salary")
