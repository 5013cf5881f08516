property kelvin : Real

Class constructor
	This.kelvin:=273.15

Function get celsius() : Real
	return This.kelvin-273.15

Function set celsius($c : Real)
	This.kelvin:=$c+273.15

Function get fahrenheit() : Real
	return Round(This.celsius*9/5+32; 2)
