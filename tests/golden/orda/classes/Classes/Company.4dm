Class extends DataClass

// Companies whose revenues are above the average
Function bestOnes() : cs.CompanySelection
	return This.query("revenues >= :1"; This.all().average("revenues"))
