// The page of samples/webapp: notes through the REST service, a chat through the WebSocket.
const name = new URLSearchParams(location.search).get("name") || "guest" + Math.floor(Math.random() * 1000);
const notes = document.getElementById("notes");
const status = document.getElementById("status");

async function call(method, path, body) {
  const response = await fetch(path, {method, headers: {"Content-Type": "application/json"},
                                      body: body === undefined ? undefined : JSON.stringify(body)});
  const data = await response.json();
  status.textContent = response.ok ? "" : data.error;
  return data;
}

async function refresh() {
  const data = await call("GET", "/api/notes");
  notes.replaceChildren(...data.notes.map(note => {
    const item = document.createElement("li");
    item.textContent = `${note.text} (${note.by})`;
    const remove = document.createElement("button");
    remove.textContent = "remove";
    remove.onclick = async () => { await call("DELETE", `/api/notes/${note.id}`); refresh(); };
    item.append(remove);
    return item;
  }));
  document.body.dataset.notes = data.count;
}

document.getElementById("add").onsubmit = async event => {
  event.preventDefault();
  const input = document.getElementById("note");
  await call("POST", "/api/notes", {text: input.value, by: name});
  input.value = "";
  await refresh();
  chat.send(`added a note`);
};

const log = document.getElementById("log");
const chat = new WebSocket(`${location.protocol === "https:" ? "wss" : "ws"}://${location.host}/chat?name=${encodeURIComponent(name)}`);
chat.onmessage = event => {
  const message = JSON.parse(event.data);
  const item = document.createElement("li");
  item.textContent = `${message.from}: ${message.text}`;
  log.append(item);
  if (message.text.endsWith("added a note")) refresh();  // another member changed the notes
};
chat.onopen = () => { document.body.dataset.chat = "open"; };
document.getElementById("say").onsubmit = event => {
  event.preventDefault();
  const input = document.getElementById("text");
  chat.send(input.value);
  input.value = "";
};
refresh();
