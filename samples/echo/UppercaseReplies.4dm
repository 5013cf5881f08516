// The connection handler of UppercaseServer: one instance per client.

Function onOpen($ws : 4D.WebSocketConnection; $event : Object)
	$ws.send("Connected: every message comes back in capitals.")

Function onMessage($ws : 4D.WebSocketConnection; $event : Object)
	$ws.send(Uppercase($event.data; *))

Function onTerminate($ws : 4D.WebSocketConnection; $event : Object)
	LOG EVENT(Into system standard outputs; "client left ("+String($event.code)+")")
