"""The TCP and UDP engine: connections, listeners and datagram sockets on the event loop.

Stage: engine (with runtime/eventloop.py and the other *_io modules, the only
code importing asyncio). It knows nothing of 4D: a `Link` is one TCP
connection reporting to a sink on the loop thread (`tcp_open`, `tcp_data`,
`tcp_eof`, `tcp_closed`, `tcp_failed`); a `Listener` accepts connections
and asks its sink, which answers from any thread, whether to keep each
one (reading waits for the answer); a `Datagram` is one UDP socket
(`udp_data`, `udp_error`). Methods named `*_threadsafe` may be called from
4D process threads; their effects happen in call order.
"""

from __future__ import annotations

import asyncio
import socket
from typing import Protocol

from runtime import eventloop


class LinkSink(Protocol):
    def tcp_open(self, remote: tuple[str, int]) -> None: ...
    def tcp_data(self, data: bytes) -> None: ...
    def tcp_eof(self) -> None: ...
    def tcp_closed(self, error: str | None) -> None: ...  # None: closed cleanly
    def tcp_failed(self, kind: str, detail: str) -> None: ...  # could not connect


def _why(e: BaseException) -> str:
    return getattr(e, "strerror", None) or str(e) or type(e).__name__


class Link(asyncio.Protocol):
    """One TCP connection (made by connect() or accepted by a Listener)."""

    def __init__(self, sink: LinkSink | None = None) -> None:
        self.sink = sink
        self.transport: asyncio.Transport | None = None
        self.pending: list = []  # writes asked for before the connection is up
        self.ended = False  # closed, failed or aborted: later writes are dropped
        self.eof_sent = False

    # -------------------------------------------------------------- from 4D threads

    def send_threadsafe(self, data: bytes) -> None:
        eventloop.call_soon(self._do, ("data", data))

    def shutdown_threadsafe(self) -> None:
        eventloop.call_soon(self._do, ("eof", None))

    def close_threadsafe(self) -> None:
        eventloop.call_soon(self._do, ("close", None))

    # -------------------------------------------------------------- on the loop

    def _do(self, action: tuple) -> None:
        if self.ended:
            return
        if self.transport is None:
            self.pending.append(action)
            return
        kind, data = action
        if kind == "data":
            if not self.eof_sent:
                self.transport.write(data)
        elif kind == "eof":
            if not self.eof_sent:
                self.eof_sent = True
                if self.transport.can_write_eof():
                    self.transport.write_eof()
                else:
                    self.transport.close()
        else:
            self.transport.close()

    def connection_made(self, transport) -> None:
        self.transport = transport
        if self.sink is not None:
            self.opened()

    def opened(self) -> None:
        """Report the connection, then carry out what was asked before it was up."""
        peer = self.transport.get_extra_info("peername") or ("", 0)
        self.sink.tcp_open((str(peer[0]), int(peer[1])))
        pending, self.pending = self.pending, []
        for action in pending:
            self._do(action)

    def data_received(self, data: bytes) -> None:
        self.sink.tcp_data(data)

    def eof_received(self) -> bool:
        self.sink.tcp_eof()
        return False  # our side closes too: the connection is over

    def connection_lost(self, exc: Exception | None) -> None:
        self.ended = True
        if self.sink is not None:
            self.sink.tcp_closed(None if exc is None else _why(exc))


async def connect(host: str, port: int, link: Link, timeout: float | None, no_delay: bool) -> None:
    """Open `link` to host:port; failures go to link.sink.tcp_failed."""
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(timeout):
            transport, _ = await loop.create_connection(lambda: link, host, port)
    except TimeoutError:
        link.ended = True
        link.sink.tcp_failed("timeout", f"no connection to {host}:{port} within {timeout:g} second(s)")
        return
    except socket.gaierror as e:
        link.ended = True
        link.sink.tcp_failed("resolve", f"cannot resolve the host name \"{host}\" ({e.strerror})")
        return
    except ConnectionRefusedError:
        link.ended = True
        link.sink.tcp_failed("connect", f"connection refused by {host}:{port}")
        return
    except OSError as e:
        link.ended = True
        link.sink.tcp_failed("connect", f"cannot connect to {host}:{port}: {_why(e)}")
        return
    if no_delay:
        sock = transport.get_extra_info("socket")
        if sock is not None:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)


_connecting: set = set()  # asyncio holds tasks weakly: the connecting ones are kept here


def connect_threadsafe(host: str, port: int, link: Link, timeout: float | None, no_delay: bool) -> None:
    future = eventloop.submit(connect(host, port, link, timeout, no_delay))
    _connecting.add(future)
    future.add_done_callback(_connecting.discard)


# ---------------------------------------------------------------- listening


class ListenerSink(Protocol):
    def tcp_accept(self, link: Link, remote: tuple[str, int], decide) -> None: ...  # decide(sink | None)


class Listener:
    """Listening sockets (IPv4, and IPv6 on the same port when the system has it).

    Each accepted connection waits for the sink's decision before it is read.
    """

    def __init__(self, sink: ListenerSink) -> None:
        self.sink = sink
        self.servers: list = []
        self.port = 0

    async def start(self, port: int) -> int:
        loop = asyncio.get_running_loop()
        first = await loop.create_server(self._accept, host="0.0.0.0", port=port, reuse_address=True)
        self.servers.append(first)
        self.port = first.sockets[0].getsockname()[1]
        if socket.has_ipv6:
            try:  # the same port for IPv6 clients; not having it is no error
                self.servers.append(await loop.create_server(self._accept, host="::", port=self.port,
                                                             reuse_address=True))
            except OSError:
                pass
        return self.port

    def _accept(self) -> Link:
        return _Accepted(self)

    def stop_threadsafe(self, done) -> None:
        """Close the listening sockets (accepted connections go on); done() runs on the loop after."""

        async def stop() -> None:
            servers, self.servers = self.servers, []
            for server in servers:
                server.close()
            for server in servers:
                await server.wait_closed()
            done()

        eventloop.submit(stop())


class _Accepted(Link):
    """A connection a Listener accepted: not read until its sink decides to keep it."""

    def __init__(self, listener: Listener) -> None:
        super().__init__(None)
        self.listener = listener
        # What arrived before the decision: uvloop starts reading after connection_made even
        # when it paused reading, so the early bytes wait here for the sink.
        self.early: list = []

    def connection_made(self, transport) -> None:
        self.transport = transport
        transport.pause_reading()
        peer = transport.get_extra_info("peername") or ("", 0)
        loop = asyncio.get_running_loop()
        self.listener.sink.tcp_accept(self, (str(peer[0]), int(peer[1])),
                                      lambda sink: loop.call_soon_threadsafe(self._settle, sink))

    def _settle(self, sink) -> None:
        if sink is None:
            self.ended = True
            self.transport.close()
            return
        self.sink = sink
        if self.ended:  # the client left before the decision: the kept connection is over at once
            sink.tcp_closed(None)
            return
        self.opened()
        early, self.early = self.early, []
        for item in early:
            if item is None:
                if not self.eof_received():
                    self.transport.close()
                return
            sink.tcp_data(item)
        self.transport.resume_reading()

    def data_received(self, data: bytes) -> None:
        if self.sink is None:
            self.early.append(data)
            self.transport.pause_reading()
            return
        super().data_received(data)

    def eof_received(self) -> bool:
        if self.sink is None:
            self.early.append(None)
            return True  # kept open until the decision
        return super().eof_received()

    def connection_lost(self, exc: Exception | None) -> None:
        if self.sink is None:
            self.ended = True  # before the decision: _settle reports it if the connection is kept
            return
        super().connection_lost(exc)


def listen(port: int, sink: ListenerSink, timeout: float = 10.0) -> Listener:
    """Start listening on `port` (0: any free port) from a 4D thread; OSError if it cannot."""
    listener = Listener(sink)
    eventloop.submit(listener.start(port)).result(timeout)
    return listener


# ---------------------------------------------------------------- UDP


class DatagramSink(Protocol):
    def udp_data(self, data: bytes, remote: tuple[str, int]) -> None: ...
    def udp_error(self, detail: str) -> None: ...


class Datagram(asyncio.DatagramProtocol):
    """One UDP socket bound to a local port."""

    def __init__(self, sink: DatagramSink) -> None:
        self.sink = sink
        self.transport: asyncio.DatagramTransport | None = None
        self.port = 0

    def connection_made(self, transport) -> None:
        self.transport = transport
        self.port = transport.get_extra_info("sockname")[1]

    def datagram_received(self, data: bytes, addr) -> None:
        self.sink.udp_data(data, (str(addr[0]), int(addr[1])))

    def error_received(self, exc: Exception) -> None:
        self.sink.udp_error(_why(exc))

    def send_threadsafe(self, data: bytes, host: str, port: int) -> None:
        eventloop.submit(self._send(data, host, port))

    async def _send(self, data: bytes, host: str, port: int) -> None:
        if self.transport is None or self.transport.is_closing():
            return
        try:
            infos = await asyncio.get_running_loop().getaddrinfo(host, port, family=socket.AF_INET,
                                                                 type=socket.SOCK_DGRAM)
        except socket.gaierror as e:
            self.sink.udp_error(f"cannot resolve the host name \"{host}\" ({e.strerror})")
            return
        self.transport.sendto(data, infos[0][4])

    def close_threadsafe(self) -> None:
        if self.transport is not None:
            eventloop.call_soon(self.transport.close)


def udp_open(port: int, sink: DatagramSink, timeout: float = 10.0) -> Datagram:
    """Bind a UDP socket on `port` (0: any free port) from a 4D thread; OSError if it cannot."""

    async def bind() -> Datagram:
        loop = asyncio.get_running_loop()
        _, protocol = await loop.create_datagram_endpoint(lambda: Datagram(sink), local_addr=("0.0.0.0", port))
        return protocol

    return eventloop.submit(bind()).result(timeout)
