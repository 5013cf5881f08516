Class extends DataClass

// execute: "reader" (its own permission); it promotes "hr" while it runs, so it may read salary.
exposed Function payroll() : Real
	var $total : Real
	var $e : cs.EmployeeEntity
	For each ($e; This.all())
		$total+=$e.salary
	End for each
	return $total

// execute: the dataclass's ("writer")
exposed Function headcount() : Integer
	return This.all().length
