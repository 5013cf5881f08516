// A chat server: every message goes to every other member.
// Run it with: run4d samples/chat/chat.4dm --http-port 8080
// and open http://127.0.0.1:8080/ in two browser windows.

CALL WORKER("chat"; Formula(chatServer:=4D.WebSocketServer.new(cs.ChatRoom.new(); {path: "/chat"})))
