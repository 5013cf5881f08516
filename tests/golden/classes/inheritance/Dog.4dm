Class extends Animal

Class constructor($name : Text; $breed : Text)
	Super($name)
	This.breed:=$breed

Function speak() : Text
	return Super.speak()+": woof"
