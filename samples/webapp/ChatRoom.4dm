// The WebSocket server's handler: one ChatMember per connection.

property joined : Integer:=0

Function onConnection($wss : 4D.WebSocketServer; $event : Object) : Object
	var $name : Text
	$name:=$event.request.query.name || "guest"
	This.joined+=1
	return cs.ChatMember.new($name)

Function onOpen($wss : 4D.WebSocketServer; $event : Object)
	LOG EVENT(Into system standard outputs; "chat room open")

Function onTerminate($wss : 4D.WebSocketServer; $event : Object)
	LOG EVENT(Into system standard outputs; "chat room closed after "+String(This.joined)+" members")
