Class extends Base

Class constructor()
	This.early:=True
	Super(1)
