"""4D.UDPSocket: send and receive UDP datagrams.

Stage: stdlib, built-in class (the I/O is socket_io.py's). `new({port}{;
options})` binds a local port at once (0 or none: any free port). onData
runs in the creating process for each datagram, with the sender's address
and port; onError for errors the system reports; onTerminate when the
socket is released. As in 4D the socket lives as long as a variable refers
to it (set it to Null to close it), and keeps the program running until then.
"""

from __future__ import annotations

import weakref

from runtime.classes import register_builtin
from runtime.codes import err, item, type_name
from runtime.native import Native
from runtime.values import UNDEF, Coll, Obj
from stdlib_4d import args
from stdlib_4d.blob import Blob4D
from stdlib_4d.net import ws_events
from stdlib_4d.net.lifeline import Lifeline
from stdlib_4d.net.socket_events import UDPEvent
from stdlib_4d.net.tcp_connection import _ignore, blob_bytes

WHO = "4D.UDPSocket.new"


class Core:
    """The bound socket: what the engine reports to, whoever holds the 4D object."""

    def __init__(self, handler) -> None:
        self.handler = handler
        self.port = 0
        self.errors = Coll()
        self.datagram = None
        self.terminated = False
        self.closing = False
        self.lifeline = Lifeline(self)
        self._handle: weakref.ref | None = None

    def handle(self) -> UDPSocket:
        found = self._handle() if self._handle is not None else None
        if found is None:
            found = UDPSocket(self)
            self._handle = weakref.ref(found)
        return found

    def released(self) -> None:
        """No variable refers to the socket any more: close it, then onTerminate."""
        if self.closing:
            return
        self.closing = True
        if self.datagram is not None:
            self.datagram.close_threadsafe()
        self.lifeline.post(self._terminated)

    def stop_for_shutdown(self) -> None:
        self.released()

    # -------------------------------------------------------------- engine side (event loop thread)

    def udp_data(self, data: bytes, remote: tuple[str, int]) -> None:
        def run() -> None:
            if not self.terminated:
                self._run("onData", UDPEvent("data", data=Blob4D(data), address=remote[0], port=remote[1]))

        self.lifeline.post(run)

    def udp_error(self, detail: str) -> None:
        def run() -> None:
            if not self.terminated:
                self.errors = ws_events.errors_collection([item("net_io", detail=f"UDP port {self.port}: {detail}")])
                self._run("onError", UDPEvent("error"))

        self.lifeline.post(run)

    # -------------------------------------------------------------- in the owner process

    def _run(self, name: str, ev) -> None:
        ws_events.run_callback(self.handler, name, self.handle(), ev, "UDPSocket", on_failure=_ignore)

    def _terminated(self) -> None:
        if self.terminated:
            return
        try:
            self._run("onTerminate", UDPEvent("terminate"))
        finally:
            self.terminated = True
            self.lifeline.release()


class UDPSocket(Native):
    class_path = "4D.UDPSocket"

    def __init__(self, core: Core) -> None:
        self.core = core

    def send(self, data=UNDEF, host=UNDEF, port=UNDEF) -> None:
        who = "UDPSocket.send"
        payload = blob_bytes(data, who)
        name = args.text(host, who, 2)
        number = args.integer(port, who, 3)
        if not 0 <= number < 65536:
            raise err("bad_value", detail=f"{who}: the port must be 0 to 65535, not {number}")
        if self.core.closing:
            raise err("net_closed", detail=f"{who}: the socket is closed")
        self.core.datagram.send_threadsafe(payload, name, number)


UDPSocket.props4d = {"errors": lambda s: s.core.errors, "port": lambda s: float(s.core.port)}
UDPSocket.funcs4d = {"send": UDPSocket.send}


def _new(port=UNDEF, options=UNDEF) -> UDPSocket:
    from stdlib_4d.net import socket_io

    if isinstance(port, Obj) and options is UNDEF:
        port, options = UNDEF, port
    number = 0 if port is UNDEF else args.integer(port, WHO, 1)
    if not 0 <= number < 65536:
        raise err("bad_value", detail=f"{WHO}: the port must be 0 to 65535, not {number}")
    if options is UNDEF or options is None:
        options = Obj()
    elif not isinstance(options, Obj):
        raise err("bad_param_type", index=2, callee=WHO, detail=f"Object expected, got {type_name(options)}")
    core = Core(options)
    try:
        core.datagram = socket_io.udp_open(number, core)
    except OSError as e:
        raise err("net_listen", detail=f"{WHO}: cannot bind UDP port {number}: {e.strerror or e}") from None
    core.port = core.datagram.port
    handle = UDPSocket(core)
    core._handle = weakref.ref(handle)
    weakref.finalize(handle, core.released)
    core.lifeline.hold()
    return handle


register_builtin("UDPSocket", UDPSocket, new=_new)
