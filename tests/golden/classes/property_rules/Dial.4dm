Class extends Gauge
property copy : Text := This.trail+"+dial"

Class constructor
	Super()
	This.trail+=" dial ctor"
