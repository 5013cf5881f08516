shared Class constructor()
	This.items:=New shared collection

shared Function add($item : Text)
	This.items.push($item)
	This.last:=$item
