"""The network engine: HTTP and WebSocket I/O on the runtime's event loop.

Stage: engine (with runtime/eventloop.py, the only code importing asyncio
and websockets). It knows nothing of 4D: a Listener serves static files and
hands WebSocket upgrades to the route whose path matches; a Channel wraps
one WebSocket connection with an outbound queue (sends never block the
loop, a slow peer only slows itself) and reports what happens to a sink
(`net_message`, `net_closed`). Methods named `*_threadsafe` may be called
from 4D process threads.
"""

from __future__ import annotations

import asyncio
import os
import ssl
from dataclasses import dataclass
from typing import Any, Protocol

from websockets.asyncio.client import connect
from websockets.asyncio.server import serve
from websockets.datastructures import Headers
from websockets.exceptions import ConnectionClosed
from websockets.http11 import Response

from runtime import eventloop
from stdlib_4d import static_files


def limits() -> dict[str, Any]:
    """Connection limits, from the environment (sane defaults otherwise)."""
    def number(name: str, default: float | None):
        raw = os.environ.get(name)
        if raw is None or raw == "":
            return default
        value = float(raw)
        return None if value <= 0 else value

    max_size = number("RUN4D_WS_MAX_SIZE", 16 * 2**20)
    return {
        "max_size": int(max_size) if max_size else None,
        "ping_interval": number("RUN4D_WS_PING_INTERVAL", 20.0),
        "ping_timeout": number("RUN4D_WS_PING_TIMEOUT", 20.0),
        "close_timeout": number("RUN4D_WS_CLOSE_TIMEOUT", 10.0),
    }


class Sink(Protocol):
    def net_message(self, data: str | bytes) -> None: ...
    def net_closed(self, code: int, reason: str, clean: bool, undelivered: int) -> None: ...


@dataclass
class _Close:
    code: int | None
    reason: str


class Channel:
    """One WebSocket connection: outbound queue, receive loop, close reporting."""

    def __init__(self, ws, sink: Sink) -> None:
        self.ws = ws
        self.sink = sink
        self.queue: asyncio.Queue = asyncio.Queue()
        self.undelivered = 0
        self.sender = asyncio.get_running_loop().create_task(self._send_loop())

    # -------------------------------------------------------------- from 4D threads

    def send_threadsafe(self, payload: str | bytes) -> None:
        eventloop.call_soon(self.queue.put_nowait, payload)

    def close_threadsafe(self, code: int | None, reason: str = "") -> None:
        eventloop.call_soon(self.queue.put_nowait, _Close(code, reason))

    def abort_threadsafe(self) -> None:
        eventloop.call_soon(self.abort)

    # -------------------------------------------------------------- on the loop

    def abort(self) -> None:
        transport = getattr(self.ws, "transport", None)
        if transport is not None:
            transport.abort()

    async def _send_loop(self) -> None:
        while True:
            item = await self.queue.get()
            if isinstance(item, _Close):
                if item.code is None:
                    await self.ws.close()
                else:
                    await self.ws.close(item.code, item.reason)
                return
            try:
                await self.ws.send(item)
            except ConnectionClosed:
                self.undelivered += 1
                return

    async def run(self) -> None:
        """Receive until the connection closes, then report how it closed."""
        try:
            async for message in self.ws:
                self.sink.net_message(message)
        except ConnectionClosed:
            pass
        finally:
            await self._finish()

    async def _finish(self) -> None:
        try:
            await asyncio.wait_for(asyncio.shield(self.sender), timeout=0.5)
        except (TimeoutError, Exception):
            self.sender.cancel()
        while not self.queue.empty():
            if not isinstance(self.queue.get_nowait(), _Close):
                self.undelivered += 1
        code = int(self.ws.close_code or 1006)  # an IntEnum: make it a plain int
        reason = self.ws.close_reason or ""
        protocol = self.ws.protocol
        # Clean: the closing handshake happened (frames both ways), whatever the code.
        clean = protocol.close_rcvd is not None and protocol.close_sent is not None
        self.sink.net_closed(code, reason, clean, self.undelivered)


# ---------------------------------------------------------------- server side


class Route(Protocol):
    """What the Listener needs of a WebSocket server (4D.WebSocketServer)."""

    path: str | None
    accepting: bool

    def decide(self, info: dict, resolve) -> None: ...  # resolve(sink or None), from any thread

    def opened(self, sink, channel: Channel) -> None: ...


async def serve_route(route: Route, ws, info: dict) -> None:
    """One upgraded connection: ask the route, then receive until it closes."""
    if not route.accepting:
        await ws.close(1001, "")
        return
    loop = asyncio.get_running_loop()
    decided: asyncio.Future = loop.create_future()
    route.decide(info, lambda sink: loop.call_soon_threadsafe(decided.set_result, sink))
    sink = await decided
    if sink is None:
        await ws.close(1008, "Connection refused")  # the handler returned Null: refused
        return
    channel = Channel(ws, sink)
    route.opened(sink, channel)
    await channel.run()


def request_info(connection, request) -> dict:
    """What 4D's `request` object holds, in plain Python values."""
    headers: dict[str, list[str]] = {}
    for name, value in request.headers.raw_items():
        headers.setdefault(name, []).append(value)
    remote = connection.remote_address
    return {"path": request.path, "headers": headers, "remote": remote[0] if remote else ""}


class Listener:
    """The Web server's socket: static files, and WebSocket upgrades by path."""

    def __init__(self, host: str, port: int, root: str | None) -> None:
        self.host, self.port, self.root = host, port, root
        self.routes: list[Route] = []
        self.server = None
        self._pending: dict[int, tuple[Route, dict]] = {}

    async def start(self) -> int:
        opts = limits()
        self.server = await serve(
            self._handler, self.host, self.port, process_request=self._process_request,
            max_size=opts["max_size"], ping_interval=opts["ping_interval"],
            ping_timeout=opts["ping_timeout"], close_timeout=opts["close_timeout"],
            compression=None, server_header="run4d")
        self.port = self.server.sockets[0].getsockname()[1]
        return self.port

    async def stop(self) -> None:
        if self.server is not None:
            self.server.close(close_connections=True)
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

    def _process_request(self, connection, request):
        if request.headers.get("Upgrade", "").lower() == "websocket":
            route = self.route_for(request.path)
            if route is None:
                return connection.respond(404, "No WebSocket server answers at this path.\n")
            self._pending[id(connection)] = (route, request_info(connection, request))
            return None
        return self._static(connection, request)

    def _static(self, connection, request):
        path = static_files.resolve(self.root, request.path) if self.root else None
        if path is None:
            return connection.respond(404, "Not found.\n")
        try:
            with open(path, "rb") as fh:
                body = fh.read()
        except OSError:
            return connection.respond(403, "Forbidden.\n")
        headers = Headers([("Content-Type", static_files.content_type(path)),
                           ("Content-Length", str(len(body))), ("Connection", "close")])
        return Response(200, "OK", headers, body)

    async def _handler(self, ws) -> None:
        route, info = self._pending.pop(id(ws), (None, None))
        if route is not None:
            await serve_route(route, ws, info)


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


async def open_client(url: str, headers: list[tuple[str, str]], timeout: float):
    opts = limits()
    return await connect(
        url, additional_headers=headers, ssl=client_ssl_context(url), open_timeout=timeout,
        max_size=opts["max_size"], ping_interval=opts["ping_interval"],
        ping_timeout=opts["ping_timeout"], close_timeout=opts["close_timeout"], compression=None,
        user_agent_header="run4d")
