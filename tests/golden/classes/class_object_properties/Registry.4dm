// A class that keeps a value of its own on its class object (shared: written inside Use)
Class constructor
	var $class : Object
	$class:=OB Class(This)
	Use ($class)
		If ($class.count=Null)
			$class.count:=0
		End if 
		$class.count+=1
	End use 
