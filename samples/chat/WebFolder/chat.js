// The chat page: connects to /chat on the page's own host and port.
const params = new URLSearchParams(location.search);
const name = params.get("name") || "guest";
const socket = new WebSocket(`ws://${location.host}/chat?name=${encodeURIComponent(name)}`);
const log = document.getElementById("log");

function show(from, text) {
  const item = document.createElement("li");
  const who = document.createElement("span");
  who.className = "from";
  who.textContent = from;
  item.append(who, text);
  log.append(item);
}

socket.addEventListener("open", () => {
  document.body.dataset.state = "open";
  const greeting = params.get("say");
  if (greeting) socket.send(greeting);
});
socket.addEventListener("message", (event) => {
  const message = JSON.parse(event.data);
  show(message.from, message.text);
});
socket.addEventListener("close", () => { document.body.dataset.state = "closed"; });

document.getElementById("say").addEventListener("submit", (event) => {
  event.preventDefault();
  const input = document.getElementById("text");
  if (input.value) {
    socket.send(input.value);
    show("me", input.value);
    input.value = "";
  }
});
