// A WebSocket server that answers every message in capitals.
// Run it with: run4d samples/echo/UppercaseServer.4dm --http-port 8080
// then connect a WebSocket client to ws://127.0.0.1:8080/

Function onConnection($wss : 4D.WebSocketServer; $event : Object) : Object
	LOG EVENT(Into system standard outputs; "client from "+$event.request.remoteAddress)
	return cs.UppercaseReplies.new()

Function onTerminate($wss : 4D.WebSocketServer; $event : Object)
	LOG EVENT(Into system standard outputs; "server stopped")
