"""4D.TCPListener: a TCP server socket whose onConnection decides about each client.

Stage: stdlib, built-in class (the I/O is socket_io.py's). `new(port;
options)` listens at once (an error if the port cannot be had). For each
client, options.onConnection runs in the creating process and returns the
options of the new 4D.TCPConnection (its callbacks run in that process
too), or Null to refuse it. The listener keeps its connections, and the
program, alive until terminate() (then onTerminate).
"""

from __future__ import annotations

import threading

from runtime.classes import register_builtin
from runtime.codes import err, type_name
from runtime.native import Native
from runtime.values import UNDEF, Coll, Obj
from stdlib_4d import args
from stdlib_4d.net import ws_events
from stdlib_4d.net.lifeline import Lifeline
from stdlib_4d.net.socket_events import TCPEvent
from stdlib_4d.net.tcp_connection import Core, TCPConnection, _ignore

WHO = "4D.TCPListener.new"


class TCPListener(Native):
    class_path = "4D.TCPListener"
    shared4d = True

    def __init__(self, handler) -> None:
        self.handler = handler
        self.port = 0
        self.errors = Coll()
        self.server = None
        self.stopping = False
        self.terminated = False
        self.connections: set[TCPConnection] = set()  # accepted and open: they live as long as they are open
        self._lock = threading.Lock()
        self.lifeline = Lifeline(self)

    def start(self, port: int) -> None:
        from stdlib_4d.net import socket_io

        try:
            self.server = socket_io.listen(port, self)
        except OSError as e:
            raise err("net_listen", detail=f"{WHO}: cannot listen on port {port}: {e.strerror or e}") from None
        self.port = self.server.port
        self.lifeline.hold()

    def terminate(self) -> None:
        with self._lock:
            if self.stopping:
                return
            self.stopping = True
        self.server.stop_threadsafe(lambda: self.lifeline.post(self._terminated))

    def stop_for_shutdown(self) -> None:
        self.terminate()

    def forget(self, core: Core) -> None:
        with self._lock:
            self.connections = {c for c in self.connections if c.core is not core}

    # -------------------------------------------------------------- engine side (event loop thread)

    def tcp_accept(self, link, remote: tuple[str, int], decide) -> None:
        def ask() -> None:
            if self.stopping:
                decide(None)
                return
            ev = TCPEvent("connection", address=remote[0], port=remote[1])
            result = ws_events.run_callback(self.handler, "onConnection", self, ev, "TCPListener",
                                            on_failure=_ignore)
            if not isinstance(result, Obj):
                decide(None)  # Null or undefined: refused
                return
            core = Core(result, remote[0], remote[1], listener=self, link=link)
            handle = TCPConnection(core)
            core.adopt(handle)
            with self._lock:
                self.connections.add(handle)
            core.lifeline.hold()
            decide(core)

        self.lifeline.post(ask)

    # -------------------------------------------------------------- in the owner process

    def _terminated(self) -> None:
        if self.terminated:
            return
        try:
            ws_events.run_callback(self.handler, "onTerminate", self, TCPEvent("terminate"), "TCPListener",
                                   on_failure=_ignore)
        finally:
            self.terminated = True
            self.lifeline.release()


TCPListener.props4d = {"errors": lambda t: t.errors, "port": lambda t: float(t.port)}
TCPListener.funcs4d = {"terminate": TCPListener.terminate}


def _new(port=UNDEF, options=UNDEF) -> TCPListener:
    number = args.integer(port, WHO, 1)
    if not 0 <= number < 65536:
        raise err("bad_value", detail=f"{WHO}: the port must be 0 to 65535, not {number}")
    if options is UNDEF or options is None:
        options = Obj()
    elif not isinstance(options, Obj):
        raise err("bad_param_type", index=2, callee=WHO, detail=f"Object expected, got {type_name(options)}")
    listener = TCPListener(options)
    listener.start(number)
    return listener


register_builtin("TCPListener", TCPListener, new=_new)
