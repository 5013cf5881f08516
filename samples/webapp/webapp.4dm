// A small Web application: a REST service for notes (HTTPHandlers.json, class Notes)
// and a WebSocket chat (/chat, classes ChatRoom and ChatMember) on the same port,
// with a page that uses both (WebFolder/index.html).
// Run it with: run4d samples/webapp/webapp.4dm --http-port 8080
// and open http://127.0.0.1:8080/ in a browser.

WEB START SERVER
CALL WORKER("chat"; Formula(chatServer:=4D.WebSocketServer.new(cs.ChatRoom.new(); {path: "/chat"})))
