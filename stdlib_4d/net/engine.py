"""The network engine: HTTP and WebSocket I/O on the runtime's event loop.

Stage: engine (with runtime/eventloop.py, engine_http.py and engine_ws.py,
the only code importing asyncio, httptools and websockets). It knows
nothing of 4D: a Listener accepts connections (plain or TLS) and gives each
to an engine_http.HttpConnection, which asks the Web server's app for every
request and hands WebSocket upgrades to the route whose path matches; a
Channel (engine_ws.py) wraps one WebSocket connection. Methods named
`*_threadsafe` may be called from 4D process threads.
"""

from __future__ import annotations

import asyncio
import errno
import os
import ssl
import time
from typing import Any, Protocol

from websockets.client import ClientProtocol
from websockets.datastructures import Headers
from websockets.http11 import Request as WSRequest
from websockets.http11 import Response as WSResponse
from websockets.protocol import OPEN
from websockets.server import ServerProtocol
from websockets.uri import parse_uri

from runtime import console, eventloop
from stdlib_4d.net.engine_http import HttpConnection
from stdlib_4d.net.engine_ws import Channel, Sink, WSConnection  # noqa: F401  (the engine's API)
from stdlib_4d.net.http_messages import Request, text_response


def _number(name: str, default: float | None) -> float | None:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    value = float(raw)
    return None if value <= 0 else value


def limits() -> dict[str, Any]:
    """Connection limits, from the environment (defaults otherwise; docs/limits.md lists them)."""
    max_size = _number("RUN4D_WS_MAX_SIZE", 16 * 2**20)
    send_buffer = _number("RUN4D_WS_SEND_BUFFER", 8 * 2**20)
    return {
        "max_size": int(max_size) if max_size else None,
        "send_buffer": int(send_buffer) if send_buffer else None,
        "ping_interval": _number("RUN4D_WS_PING_INTERVAL", 20.0),
        "ping_timeout": _number("RUN4D_WS_PING_TIMEOUT", 20.0),
        "close_timeout": _number("RUN4D_WS_CLOSE_TIMEOUT", 10.0),
        "max_header_size": int(_number("RUN4D_HTTP_MAX_HEADER_SIZE", 32 * 1024) or 2**31),
        "max_body_size": 2_000_000,  # the Web server's maxRequestSize replaces it
        "pipeline": int(_number("RUN4D_HTTP_PIPELINE", 16) or 16),
        "keepalive_timeout": _number("RUN4D_HTTP_KEEPALIVE_TIMEOUT", 15.0),
        "request_timeout": _number("RUN4D_HTTP_REQUEST_TIMEOUT", 30.0),
        "gzip_level": 1,
        "gzip_threshold": 1024,
    }


# ---------------------------------------------------------------- server side


class Route(Protocol):
    """What the Listener needs of a WebSocket server (4D.WebSocketServer)."""

    path: str | None
    accepting: bool

    def decide(self, info: dict, channel: Channel, resolve) -> None: ...  # resolve(sink or None), any thread


async def serve_route(route: Route, ws: WSConnection, info: dict) -> None:
    """One upgraded connection: ask the route, then report messages until it closes."""
    channel = Channel(ws)  # exists before the route answers: an accepted connection can send at once
    if not route.accepting:
        channel._close(_close_item(1001, ""))
        await ws.closed
        return
    loop = asyncio.get_running_loop()
    decided: asyncio.Future = loop.create_future()
    route.decide(info, channel, lambda sink: loop.call_soon_threadsafe(decided.set_result, sink))
    sink = await decided
    if sink is None:
        channel._close(_close_item(1008, "Connection refused"))  # the handler returned Null: refused
        await ws.closed
        return
    channel.sink = sink
    await channel.run()


def _close_item(code: int, reason: str):
    from stdlib_4d.net.engine_ws import _Close

    return _Close(code, reason)


def request_info(request: Request) -> dict:
    """What 4D's `request` object holds, in plain Python values."""
    headers: dict[str, list[str]] = {}
    for name, value in request.headers:
        headers.setdefault(name, []).append(value)
    return {"path": request.target, "headers": headers, "remote": request.remote}


class Listener:
    """The Web server's socket: each request goes to `app`, WebSocket upgrades to a route by path."""

    def __init__(self, host: str, port: int, app=None, ssl_context: ssl.SSLContext | None = None,
                 opts: dict | None = None) -> None:
        self.host, self.port = host, port
        self.app = app or (lambda request, reply: text_response(404, "Not found.\n"))
        self.ssl = ssl_context
        self.opts = limits()
        self.opts.update(opts or {})
        self.routes: list[Route] = []
        self.connections: set[HttpConnection] = set()
        self.websockets: set[WSConnection] = set()
        self.server = None
        self._last_report = 0.0
        self._muted = 0
        self._fd_watch = None

    async def start(self) -> int:
        loop = asyncio.get_running_loop()
        _quiet_accept_errors(loop, self)
        self.server = await loop.create_server(lambda: HttpConnection(self), self.host, self.port, ssl=self.ssl,
                                               backlog=1024)
        self.port = self.server.sockets[0].getsockname()[1]
        if eventloop.kind() == "uvloop":
            self._fd_watch = loop.call_later(1.0, self._watch_descriptors)
        return self.port

    def _watch_descriptors(self) -> None:
        """uvloop (libuv) drops connections it cannot accept without telling anyone: once a second,
        see whether a descriptor can still be had, to report running out as the asyncio loop does."""
        try:
            os.close(os.open(os.devnull, os.O_RDONLY))  # (not dup(0): stdin may be closed)
        except OSError as e:
            if e.errno in (errno.EMFILE, errno.ENFILE):
                self.report(f"the Web server cannot accept connections: {e}")
        if self.server is not None:
            self._fd_watch = asyncio.get_running_loop().call_later(1.0, self._watch_descriptors)

    async def stop(self) -> None:
        if self.server is None:
            return
        if self._fd_watch is not None:
            self._fd_watch.cancel()
        self.server.close()
        for conn in [*self.connections, *self.websockets]:
            if conn.transport is not None:
                conn.transport.close()
        await self.server.wait_closed()
        self.server = None

    def route_for(self, path: str) -> Route | None:
        bare = path.split("?", 1)[0].rstrip("/") or "/"
        default = None
        for route in self.routes:
            if route.path is None:
                default = default or route
            elif (route.path.rstrip("/") or "/") == bare:
                return route
        return default

    def upgrade(self, conn: HttpConnection, request: Request) -> bool:
        """A request asking to upgrade: True if the socket now belongs to a WebSocket."""
        if request.header("Upgrade").lower() != "websocket":
            return False  # another protocol (h2c...): answered as plain HTTP
        transport = conn.transport
        route = self.route_for(request.target)
        if route is None:
            conn.respond(request, text_response(404, "No WebSocket server answers at this path.\n", close=True))
            return True
        handshake = ServerProtocol()
        response = handshake.accept(WSRequest(request.target, Headers(request.headers)))
        response.headers["Server"] = "run4d"
        if response.status_code != 101:  # nothing is kept for a refused upgrade
            conn.closing = True
            transport.write(response.serialize())
            transport.close()
            return True
        transport.write(response.serialize())
        self.connections.discard(conn)
        conn.closing = True
        ws = WSConnection(ServerProtocol(state=OPEN, max_size=self.opts["max_size"]), self.opts)
        transport.set_protocol(ws)
        ws.attach(transport)
        self.websockets.add(ws)
        ws.closed.add_done_callback(lambda _f: self.websockets.discard(ws))
        rest = request.rest
        transport.resume_reading()
        asyncio.get_running_loop().create_task(serve_route(route, ws, request_info(request)))
        if rest:
            ws.data_received(rest)
        return True

    def report(self, text: str) -> None:
        """An engine problem, on stderr at most once per second (counting what was left out)."""
        now = time.monotonic()
        if now - self._last_report < 1.0:
            self._muted += 1
            return
        extra = f" ({self._muted} similar message(s) left out)" if self._muted else ""
        self._last_report, self._muted = now, 0
        console.write(f"run4d: {text}{extra}\n", "err")


def _quiet_accept_errors(loop, listener: Listener) -> None:
    """Accept failures (out of file descriptors...) are reported once per second, without tracebacks.

    asyncio stops accepting for a second after such an error and then tries again, so the
    server recovers by itself once descriptors are free.
    """
    def handler(loop, context: dict) -> None:
        exc = context.get("exception")
        message = context.get("message", "")
        if "_start_serving" in repr(context.get("handle")) and isinstance(exc, ValueError):
            return  # accepting again after an error, on a socket closed meanwhile (the server stopped)
        if isinstance(exc, OSError) or "accept" in message:
            listener.report(f"the Web server cannot accept connections: {exc or message}")
            return
        # Anything else is an engine bug: one line, never a flood of tracebacks.
        detail = f"{type(exc).__name__}: {exc}" if exc is not None else message
        listener.report(f"network engine error: {detail}")

    loop.set_exception_handler(handler)


# ---------------------------------------------------------------- client side


def client_ssl_context(url: str) -> ssl.SSLContext | None:
    """TLS for wss:// URLs: the system's trust store, plus RUN4D_CA_FILE if set."""
    if not url.lower().startswith("wss://"):
        return None
    ctx = ssl.create_default_context()
    extra = os.environ.get("RUN4D_CA_FILE")
    if extra:
        ctx.load_verify_locations(extra)
    return ctx


class _ClientConnection(WSConnection):
    """A client connection: the opening handshake runs on the same protocol object."""

    def __init__(self, protocol: ClientProtocol, opts: dict) -> None:
        super().__init__(protocol, opts)
        self.opened: asyncio.Future = asyncio.get_running_loop().create_future()

    def data_received(self, data: bytes) -> None:
        if self.opened.done():
            return super().data_received(data)
        protocol = self.protocol
        protocol.receive_data(data)
        events = protocol.events_received()
        self._write_protocol_output()
        if protocol.handshake_exc is not None:
            self.opened.set_exception(protocol.handshake_exc)
            self.abort()
            return
        if events and isinstance(events[0], WSResponse):  # the handshake is done (the peer may close at once)
            self.opened.set_result(None)
            frames = events[1:]
            if frames:
                self._frames(frames)
            self._write_protocol_output()

    def connection_lost(self, exc) -> None:
        if not self.opened.done():
            self.opened.set_exception(exc or ConnectionError("the server closed the connection"))
        super().connection_lost(exc)


async def open_client(url: str, headers: list[tuple[str, str]], timeout: float) -> WSConnection:
    """Connect to a ws:// or wss:// URL; the handshake is done when this returns."""
    opts = limits()
    uri = parse_uri(url)
    protocol = ClientProtocol(uri, max_size=opts["max_size"])
    loop = asyncio.get_running_loop()
    conn = _ClientConnection(protocol, opts)
    ctx = client_ssl_context(url)

    async def opening() -> None:
        await loop.create_connection(lambda: conn, uri.host, uri.port, ssl=ctx,
                                     server_hostname=uri.host if ctx else None)
        request = protocol.connect()
        for name, value in headers:
            request.headers[name] = value
        if "User-Agent" not in request.headers:
            request.headers["User-Agent"] = "run4d"
        protocol.send_request(request)
        conn._write_protocol_output()
        await conn.opened

    try:
        await asyncio.wait_for(opening(), timeout)
    except BaseException:
        conn.abort()
        raise
    return conn
