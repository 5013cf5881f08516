Class extends Base

Class constructor()
	var $x : Integer
	$x:=1
