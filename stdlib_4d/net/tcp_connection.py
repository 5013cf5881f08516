"""4D.TCPConnection: a TCP client connection (or one accepted by a 4D.TCPListener).

Stage: stdlib, built-in class (the I/O is socket_io.py's). `new()` returns
at once; the connection opens in the background and data sent before is
sent once it is up. Callbacks run in the creating process, in order:
onConnection, onData for each piece received, then onShutdown (closed
properly) or onError, and onTerminate last. As in 4D, a connection no
variable refers to any more is closed (its callbacks still run, with a
new TCPConnection object for the same connection); while it is open and
referenced, it keeps the program running.
"""

from __future__ import annotations

import weakref

from runtime.classes import register_builtin
from runtime.codes import err, item, type_name
from runtime.errors import Error4D
from runtime.native import Native
from runtime.values import UNDEF, Coll, Obj
from stdlib_4d import args
from stdlib_4d.blob import Blob4D
from stdlib_4d.net import ws_events
from stdlib_4d.net.http_request import FAILURES, option
from stdlib_4d.net.lifeline import Lifeline
from stdlib_4d.net.socket_events import TCPEvent

WHO = "4D.TCPConnection.new"
DEFAULT_CONNECT_TIMEOUT = 30.0


def _ignore(error: Error4D) -> None:
    """A failing callback is reported on stderr (ws_events.run_callback); the connection goes on."""


def blob_bytes(data, who: str) -> bytes:
    if isinstance(data, (bytes, bytearray)):
        return bytes(data)
    if type(data) is Blob4D:
        return data.data
    raise err("bad_param_type", index=1, callee=who, detail=f"Blob expected, got {type_name(data)}")


class Core:
    """The connection itself: what the engine reports to, whoever holds the 4D object."""

    def __init__(self, handler, address: str, port: int, listener=None, no_delay: bool = False, link=None) -> None:
        from stdlib_4d.net.socket_io import Link

        self.handler = handler
        self.address, self.port = address, port
        self.listener = listener
        self.no_delay = no_delay
        self.link = link or Link(self)
        self.closed = False
        self.shut = False  # shutdown() was called: nothing more is sent
        self.terminated = False
        self.errors = Coll()
        self.lifeline = Lifeline(self)
        self._handle: weakref.ref | None = None

    def handle(self) -> TCPConnection:
        """The 4D object for this connection (a new one if 4D code let go of the first)."""
        found = self._handle() if self._handle is not None else None
        if found is None:
            found = TCPConnection(self)
            self._handle = weakref.ref(found)
        return found

    def adopt(self, handle: TCPConnection) -> None:
        self._handle = weakref.ref(handle)
        weakref.finalize(handle, self.released)

    def released(self) -> None:
        """No 4D variable refers to the connection any more: close it (4D's refcounting)."""
        if not self.closed:
            self.link.close_threadsafe()

    def stop_for_shutdown(self) -> None:
        if not self.closed:
            self.link.close_threadsafe()

    # -------------------------------------------------------------- engine side (event loop thread)

    def tcp_open(self, remote: tuple[str, int]) -> None:
        self._post("onConnection", lambda: TCPEvent("connection", address=remote[0], port=remote[1]))

    def tcp_data(self, data: bytes) -> None:
        self._post("onData", lambda: TCPEvent("data", data=Blob4D(data), address=self.address, port=self.port))

    def tcp_eof(self) -> None:
        pass  # the connection closes next (tcp_closed)

    def tcp_closed(self, error: str | None) -> None:
        if error is None:
            self.lifeline.post(lambda: self._end(None))
        else:
            self.lifeline.post(lambda: self._end(item("net_closed", detail=f"connection with {self.address}:"
                                                                            f"{self.port} broken: {error}")))

    def tcp_failed(self, kind: str, detail: str) -> None:
        self.lifeline.post(lambda: self._end(item(FAILURES.get(kind, "net_connect"), detail=detail)))

    # -------------------------------------------------------------- in the owner process

    def _post(self, name: str, make) -> None:
        def run() -> None:
            if not self.terminated:
                self.run(name, make())

        self.lifeline.post(run)

    def run(self, name: str, ev) -> None:
        ws_events.run_callback(self.handler, name, self.handle(), ev, "TCPConnection", on_failure=_ignore)

    def _end(self, error) -> None:
        if self.terminated:
            return
        self.closed = True
        try:
            if error is None:
                self.run("onShutdown", TCPEvent("close", address=self.address, port=self.port))
            else:
                self.errors = ws_events.errors_collection([error])
                self.run("onError", TCPEvent("error", address=self.address, port=self.port))
            self.run("onTerminate", TCPEvent("terminate", address=self.address, port=self.port))
        finally:
            self.terminated = True
            if self.listener is not None:
                self.listener.forget(self)
            self.lifeline.release()


class TCPConnection(Native):
    """What 4D code holds; the connection is its Core."""

    class_path = "4D.TCPConnection"

    def __init__(self, core: Core) -> None:
        self.core = core

    def send(self, data) -> None:
        payload = blob_bytes(data, "TCPConnection.send")
        core = self.core
        if core.closed or core.shut:
            raise err("net_closed", detail=f"TCPConnection.send: the connection with {core.address}:{core.port} "
                                           f"is {'closed' if core.closed else 'shut down'}")
        core.link.send_threadsafe(payload)

    def shutdown(self) -> None:
        core = self.core
        if core.closed or core.shut:
            return
        core.shut = True
        core.link.shutdown_threadsafe()

    def wait(self, timeout=UNDEF) -> None:
        seconds = None if timeout is UNDEF else max(float(args.number(timeout, "TCPConnection.wait", 1)), 0.0)
        core = self.core
        core.lifeline.wait(lambda: core.terminated, seconds)


TCPConnection.props4d = {
    "address": lambda c: c.core.address,
    "closed": lambda c: c.core.closed,
    "errors": lambda c: c.core.errors,
    "listener": lambda c: c.core.listener,
    "noDelay": lambda c: c.core.no_delay,
    "port": lambda c: float(c.core.port),
}
TCPConnection.funcs4d = {"send": TCPConnection.send, "shutdown": TCPConnection.shutdown,
                         "wait": TCPConnection.wait}


def _options(options, who: str):
    if options is UNDEF or options is None:
        return Obj()
    if not isinstance(options, Obj):
        raise err("bad_param_type", index=3, callee=who, detail=f"Object expected, got {type_name(options)}")
    return options


def _new(address=UNDEF, port=UNDEF, options=UNDEF) -> TCPConnection:
    from stdlib_4d.net import socket_io

    host = args.text(address, WHO, 1)
    number = args.integer(port, WHO, 2)
    if not 0 < number < 65536:
        raise err("bad_value", detail=f"{WHO}: the port must be 1 to 65535, not {number}")
    handler = _options(options, WHO)
    timeout = option(handler, "connectionTimeout")
    seconds = DEFAULT_CONNECT_TIMEOUT if timeout is UNDEF or timeout is None else \
        max(float(args.number(timeout, WHO, 3)), 0.001)
    no_delay = option(handler, "noDelay")
    core = Core(handler, host, number, no_delay=no_delay is True)
    handle = TCPConnection(core)
    core.adopt(handle)
    core.lifeline.hold()
    socket_io.connect_threadsafe(host, number, core.link, seconds, core.no_delay)
    return handle


register_builtin("TCPConnection", TCPConnection, new=_new)
