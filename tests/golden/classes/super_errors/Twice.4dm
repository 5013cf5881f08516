Class extends Base

Class constructor()
	Super(1)
	Super(2)
