"""4D.WebSocketServer and 4D.WebSocketConnection.

Stage: stdlib, built-in classes. A WebSocketServer is a route of the Web
server (web_server.py); the engine hands it each upgraded connection. Every
callback (WSSHandler and connectionHandler) runs in the process that created
the server, through its mailbox, in the order events happened: onConnection,
then onOpen, onMessage..., onTerminate for each connection.
"""

from __future__ import annotations

import itertools
import threading
from urllib.parse import parse_qsl, urlsplit

from runtime import json4d, lifecycle, scheduler
from runtime.classes import register_builtin
from runtime.codes import err, type_name
from runtime.native import Native
from runtime.process import current
from runtime.scheduler import TABLE
from runtime.values import UNDEF, Coll, Obj
from stdlib_4d import args
from stdlib_4d.net import ws_events
from stdlib_4d.net.web_server import SERVER

DATA_TYPES = ("text", "blob", "object")
_ids = itertools.count(1)


def to_payload(message, who: str):
    """What .send() puts on the wire: Text -> text, Blob -> binary, Object -> JSON text."""
    t = type(message)
    if t is str:
        return message
    if t is Obj or t is Coll:
        return json4d.stringify(message)
    if getattr(message, "class_path", "") == "4D.Blob":
        return bytes(message.data)
    if isinstance(message, (bytes, bytearray)):
        return bytes(message)
    if isinstance(message, (Obj, Coll)) or isinstance(message, Native):
        return json4d.stringify(message)
    raise err("bad_param_type", index=1, callee=who, detail=f"Text, Blob or Object expected, got {type_name(message)}")


def from_payload(data, data_type: str):
    """A received message as the handler's dataType wants it."""
    if data_type == "blob":
        from stdlib_4d.blob import Blob4D

        return Blob4D(data.encode("utf-8") if isinstance(data, str) else data)
    text = data if isinstance(data, str) else data.decode("utf-8", errors="replace")
    if data_type == "object":
        return json4d.parse(text)
    return text


class WebSocketConnection(Native):
    """One client connection of a 4D.WebSocketServer."""

    class_path = "4D.WebSocketConnection"

    def __init__(self, wss: WebSocketServer, handler, channel) -> None:
        self.id = next(_ids)
        self.wss = wss
        self.handler = handler
        self.status = "Connected"
        self.channel = channel

    # -------------------------------------------------------------- 4D side

    def send(self, message) -> None:
        payload = to_payload(message, "WebSocketConnection.send")
        if self.status != "Connected":
            raise err("bad_value", detail=f"WebSocketConnection.send: the connection is {self.status}")
        self.channel.send_threadsafe(payload)

    def terminate(self, code=UNDEF, message=UNDEF) -> None:
        if self.status != "Connected":
            return
        number = args.integer(code, "WebSocketConnection.terminate", 1) if code is not UNDEF else 0
        text = args.text(message, "WebSocketConnection.terminate", 2) if message is not UNDEF else ""
        self.status = "Closing"
        if number > 3000:
            self.channel.close_threadsafe(number, text)
        else:
            # Codes up to 3000 are not sent (4D's rule): a normal closure.
            self.channel.close_threadsafe(1000, "")

    # -------------------------------------------------------------- engine side (event loop thread)

    def net_message(self, data) -> None:
        def make():
            return ws_events.event("message", data=from_payload(data, self.wss.data_type))

        # On the loop thread itself when the owner is idle and onMessage cannot wait (no thread
        # hop: docs/decisions.md, "Callbacks run on the event loop"); through the mailbox otherwise.
        if not ws_events.run_inline(self.wss.owner, self.handler, "onMessage", self, make, "connectionHandler"):
            self._post("onMessage", make)

    def net_closed(self, code: int, reason: str, clean: bool) -> None:
        self.status = "Closed"
        self.wss.forget(self)

        def closed() -> None:
            # Counted here, in the owner process: every send it made before is included.
            problems = ws_events.closing_errors(self.channel)
            if problems:
                self._run("onError", ws_events.event("error", errors=ws_events.errors_collection(problems)))
            self._run("onTerminate", ws_events.event("terminate", code=code, reason=reason if reason else UNDEF))

        scheduler.post_event(self.wss.owner, closed)

    def _run(self, name: str, ev: Obj) -> None:
        ws_events.run_callback(self.handler, name, self, ev, "connectionHandler")

    def _post(self, name: str, make) -> None:
        ws_events.post_callback(self.wss.owner, self.handler, name, self, make, "connectionHandler")


WebSocketConnection.props4d = {
    "id": lambda c: float(c.id),
    "handler": lambda c: c.handler,
    "status": lambda c: c.status,
    "wss": lambda c: c.wss,
}
WebSocketConnection.funcs4d = {"send": WebSocketConnection.send, "terminate": WebSocketConnection.terminate}


class WebSocketServer(Native):
    """A WebSocket server on the Web server's host and port."""

    class_path = "4D.WebSocketServer"

    def __init__(self, handler, options) -> None:
        self.handler = handler
        self.owner = current()
        opts = options if isinstance(options, Obj) else Obj()
        path = dict.get(opts, "path", UNDEF)
        self.path = args.text(path, "4D.WebSocketServer.new", 2) if path is not UNDEF and path else None
        if self.path is not None and not self.path.startswith("/"):
            self.path = "/" + self.path
        data_type = dict.get(opts, "dataType", UNDEF)
        self.data_type = "text" if data_type is UNDEF else args.text(data_type, "4D.WebSocketServer.new", 2)
        if self.data_type not in DATA_TYPES:
            raise err("bad_value",
                      detail=f"dataType must be \"text\", \"blob\" or \"object\", not \"{self.data_type}\"")
        self.terminated = False
        self._connections: list[WebSocketConnection] = []
        self._lock = threading.Lock()

    # -------------------------------------------------------------- 4D side

    def connections(self) -> Coll:
        with self._lock:
            return Coll(self._connections)

    def forget(self, conn: WebSocketConnection) -> None:
        with self._lock:
            if conn in self._connections:
                self._connections.remove(conn)

    def start(self) -> None:
        for other in _servers():
            if other.path == self.path and not other.terminated:
                raise err("bad_value", detail=f"a WebSocket server already answers at {self.path or 'every path'}")
        SERVER.add_route(self)
        TABLE.count("keepalive", 1)
        lifecycle.on_shutdown(self.terminate_for_stop)
        ws_events.post_callback(self.owner, self.handler, "onOpen", self, lambda: ws_events.event("open"),
                                "WSSHandler")

    def terminate(self, timeout=UNDEF) -> None:
        if self.terminated:
            return
        seconds = None if timeout is UNDEF else max(args.number(timeout, "WebSocketServer.terminate", 1), 0)
        self.terminated = True
        SERVER.remove_route(self)
        for conn in self.connections():
            if conn.status == "Connected":
                conn.status = "Closing"
                if seconds == 0:
                    conn.channel.abort_threadsafe()
                else:
                    conn.channel.close_threadsafe(1001, "")
                    if seconds is not None:
                        _abort_later(conn, seconds)

        def done(_result) -> None:
            TABLE.count("keepalive", -1)

        ws_events.post_callback(self.owner, self.handler, "onTerminate", self,
                                lambda: ws_events.event("terminate"), "WSSHandler", then=done)

    def terminate_for_stop(self) -> None:
        """The program or the Web server stops: close connections, give up after a while."""
        self.terminate(2)

    # -------------------------------------------------------------- engine side

    @property
    def accepting(self) -> bool:
        return not self.terminated

    def decide(self, info: dict, channel, resolve) -> None:
        """Ask the handler's onConnection (in the owner process); resolve(connection or None).

        An accepted connection joins `connections` and gets its onOpen in the same
        mailbox message, so no other callback sees it half-open.
        """

        def then(result) -> None:
            conn = None
            if isinstance(result, (Obj, Native)) and result is not None:
                conn = WebSocketConnection(self, result, channel)
                with self._lock:
                    self._connections.append(conn)
                conn._run("onOpen", ws_events.event("open"))
            resolve(conn)

        ws_events.post_callback(self.owner, self.handler, "onConnection", self,
                                lambda: ws_events.event("connection", request=_request_object(info)),
                                "WSSHandler", then=then)


def _abort_later(conn: WebSocketConnection, seconds: float) -> None:
    from runtime import eventloop

    eventloop.call_soon(lambda: eventloop.loop().call_later(seconds, conn.channel.abort))


def _servers() -> list[WebSocketServer]:
    return [r for r in list(SERVER.routes) if isinstance(r, WebSocketServer)]


def _request_object(info: dict) -> Obj:
    request = Obj()
    headers = Obj()
    for name, values in info["headers"].items():
        dict.__setitem__(headers, name, values[0] if len(values) == 1 else Coll(values))
    query = Obj()
    for name, value in parse_qsl(urlsplit(info["path"]).query, keep_blank_values=True):
        dict.__setitem__(query, name, value)
    dict.__setitem__(request, "headers", headers)
    dict.__setitem__(request, "query", query)
    dict.__setitem__(request, "url", info["path"])
    dict.__setitem__(request, "remoteAddress", info["remote"])
    return request


def _new(handler=UNDEF, options=UNDEF) -> WebSocketServer:
    if not isinstance(handler, (Obj, Native)):
        raise err("bad_param_type", index=1, callee="4D.WebSocketServer.new",
                  detail=f"Object expected, got {type_name(handler)}")
    if ws_events.callback(handler, "onConnection") is None:
        raise err("bad_value", detail="the WSSHandler object has no onConnection function")
    server = WebSocketServer(handler, options)
    server.start()
    return server


WebSocketServer.props4d = {
    "connections": lambda s: s.connections(),
    "dataType": lambda s: s.data_type,
    "handler": lambda s: s.handler,
    "path": lambda s: s.path if s.path is not None else UNDEF,
    "terminated": lambda s: s.terminated,
}
WebSocketServer.funcs4d = {"terminate": WebSocketServer.terminate}

register_builtin("WebSocketServer", WebSocketServer, new=_new)
register_builtin("WebSocketConnection", WebSocketConnection)
