"""4D.WebSocket: a WebSocket client connection.

Stage: stdlib, built-in class (the I/O is engine.py's). The opening
handshake completes before `new()` returns; callbacks then run in the
creating process, in the documented order: onOpen once, onMessage any
number of times, onError at most once (it ends the processing), onTerminate
always, exactly once. An open socket keeps the program running.
"""

from __future__ import annotations

import itertools
import threading

from runtime import eventloop, lifecycle, scheduler
from runtime.classes import register_builtin
from runtime.codes import err, type_name
from runtime.errors import Error4D
from runtime.native import Native
from runtime.process import current
from runtime.scheduler import TABLE
from runtime.values import UNDEF, Coll, Obj
from stdlib_4d import args
from stdlib_4d.net import ws_events
from stdlib_4d.net.websocket_server import DATA_TYPES, from_payload, to_payload

CONNECT_TIMEOUT = 10.0
_ids = itertools.count(1)


def _headers(handler) -> list[tuple[str, str]]:
    """connectionHandler.headers as (name, value) pairs; a collection repeats a header."""
    value = dict.get(handler, "headers", UNDEF) if isinstance(handler, Obj) else UNDEF
    if value is UNDEF and isinstance(handler, Obj) and handler.cls is not None:
        from runtime.access import get

        value = get(handler, "headers")
    if not isinstance(value, Obj):
        return []
    out = []
    for name, v in dict.items(value):
        values = list(v) if isinstance(v, Coll) else [v]
        for value in values:
            if type(value) is not str:
                from runtime.convert import to_text

                value = to_text(value)
            out.append((name, value))
    return out


class WebSocket(Native):
    """A client connection to a WebSocket server."""

    class_path = "4D.WebSocket"

    def __init__(self, url: str, handler) -> None:
        self.id = next(_ids)
        self.url = url
        self.handler = handler
        self.owner = current()
        self.status = "Connecting"
        self.channel = None
        self._errored = False
        self._lock = threading.Lock()
        data_type = ws_events_value(handler, "dataType")
        self.data_type = "text" if data_type is UNDEF else args.text(data_type, "4D.WebSocket.new", 2)
        if self.data_type not in DATA_TYPES:
            raise err("bad_value",
                      detail=f"dataType must be \"text\", \"blob\" or \"object\", not \"{self.data_type}\"")

    # -------------------------------------------------------------- 4D side

    def connect(self) -> None:
        from stdlib_4d.net.engine import Channel, open_client

        async def opening():
            ws = await open_client(self.url, _headers(self.handler), CONNECT_TIMEOUT)
            self.channel = Channel(ws, self)
            self.status = "Connected"
            TABLE.count("keepalive", 1)
            # onOpen is queued before anything the server sends can be.
            self._post("onOpen", lambda: ws_events.event("open"))
            eventloop.loop().create_task(self.channel.run())

        try:
            eventloop.submit(opening()).result(CONNECT_TIMEOUT + 5)
        except Exception as e:
            self.status = "Closed"
            raise err("ws_connect", detail=f"4D.WebSocket.new: cannot connect to {self.url}: {_why(e)}") from None
        lifecycle.on_shutdown(self._close_for_stop)

    def send(self, message) -> None:
        payload = to_payload(message, "WebSocket.send")
        if self.status != "Connected":
            raise err("bad_value", detail=f"WebSocket.send: the connection is {self.status}")
        self.channel.send_threadsafe(payload)

    def terminate(self, code=UNDEF, reason=UNDEF) -> None:
        number = None
        if code is not UNDEF:
            number = args.integer(code, "WebSocket.terminate", 1)
            if number != 1000 and not 3000 <= number <= 4999:
                raise err("bad_value",
                          detail=f"WebSocket.terminate: the code must be 1000 or 3000 to 4999, not {number}")
        text = args.text(reason, "WebSocket.terminate", 2) if reason is not UNDEF else ""
        if self.status not in ("Connected", "Connecting"):
            return
        self.status = "Closing"
        self.channel.close_threadsafe(1000 if number is None else number, text)

    def _close_for_stop(self) -> None:
        if self.status == "Connected":
            self.status = "Closing"
            self.channel.close_threadsafe(1001, "")

    # -------------------------------------------------------------- engine side (event loop thread)

    def net_message(self, data) -> None:
        if self._errored:
            return

        def make():
            return ws_events.event("message", data=from_payload(data, self.data_type))

        self._post("onMessage", make)

    def net_closed(self, code: int, reason: str, clean: bool) -> None:
        def closed() -> None:
            # The owner process sees the connection closed when it handles the event, not while the
            # code that called terminate() is still running (4D's events are processed in order).
            self.status = "Closed"
            # Counted here, in the owner process: every send it made before is included.
            problems = ws_events.closing_errors(self.channel)
            if problems and not self._errored:
                self._errored = True
                errors = ws_events.errors_collection(problems)
                ws_events.run_callback(self.handler, "onError", self, ws_events.event("error", errors=errors),
                                       "connectionHandler", on_failure=lambda e: None)
            try:
                ws_events.run_callback(self.handler, "onTerminate", self,
                                       ws_events.event("terminate", code=code, reason=reason, wasClean=clean),
                                       "connectionHandler")
            finally:
                TABLE.count("keepalive", -1)

        scheduler.post_event(self.owner, closed)

    def _post(self, name: str, make) -> None:
        ws_events.post_callback(self.owner, self.handler, name, self, make, "connectionHandler",
                                on_failure=self._callback_failed)

    def _callback_failed(self, error: Error4D) -> None:
        """A callback failed: onError (once), then the connection closes (1011)."""
        if self._errored:
            return
        self._errored = True
        ev = ws_events.event("error", errors=ws_events.errors_collection(error.stack))
        ws_events.run_callback(self.handler, "onError", self, ev, "connectionHandler", on_failure=lambda e: None)
        if self.status == "Connected":
            self.status = "Closing"
            self.channel.close_threadsafe(1011, "")


def ws_events_value(handler, name: str):
    if isinstance(handler, Obj):
        return dict.get(handler, name, UNDEF)
    return UNDEF


def _why(e: BaseException) -> str:
    if isinstance(e, Error4D):
        return e.message
    text = str(e) or type(e).__name__
    return text.splitlines()[0]


def _new(url=UNDEF, handler=UNDEF):
    text = args.text(url, "4D.WebSocket.new", 1)
    if not text.lower().startswith(("ws://", "wss://")):
        raise err("bad_value", detail=f"4D.WebSocket.new: \"{text}\" is not a ws:// or wss:// URL")
    if handler is UNDEF or handler is None:
        handler = Obj()
    elif not isinstance(handler, (Obj, Native)):
        raise err("bad_param_type", index=2, callee="4D.WebSocket.new",
                  detail=f"Object expected, got {type_name(handler)}")
    socket = WebSocket(text, handler)
    socket.connect()
    return socket


WebSocket.props4d = {
    "dataType": lambda w: w.data_type,
    "handler": lambda w: w.handler,
    "id": lambda w: float(w.id),
    "status": lambda w: w.status,
    "url": lambda w: w.url,
}
WebSocket.funcs4d = {"send": WebSocket.send, "terminate": WebSocket.terminate}
register_builtin("WebSocket", WebSocket, new=_new)
