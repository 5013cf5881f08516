// One chat member's connection: greets, relays and announces departures.

property name : Text

Class constructor($name : Text)
	This.name:=$name

Function onOpen($ws : 4D.WebSocketConnection; $event : Object)
	$ws.send({from: "room"; text: "Welcome, "+This.name+"! "+String($ws.wss.connections.length)+" member(s) here."})
	This.tellOthers($ws; This.name+" joined")

Function onMessage($ws : 4D.WebSocketConnection; $event : Object)
	This.tellOthers($ws; $event.data; This.name)

Function onTerminate($ws : 4D.WebSocketConnection; $event : Object)
	This.tellOthers($ws; This.name+" left")

Function tellOthers($ws : 4D.WebSocketConnection; $text : Text; $from : Text)
	var $member : 4D.WebSocketConnection
	For each ($member; $ws.wss.connections)
		If ($member.id#$ws.id)
			$member.send({from: $from || "room"; text: $text})
		End if
	End for each
