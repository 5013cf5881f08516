Class extends Counter

Function step($n : Integer) : Text
	return "d"+String($n*2)
