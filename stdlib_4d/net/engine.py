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
from collections import deque
from dataclasses import dataclass
from typing import Any, Protocol

from websockets.asyncio.client import connect
from websockets.asyncio.server import serve
from websockets.datastructures import Headers
from websockets.exceptions import ConnectionClosed
from websockets.http11 import Response
from websockets.protocol import OPEN

from runtime import eventloop
from stdlib_4d.net import static_files


def limits() -> dict[str, Any]:
    """Connection limits, from the environment (sane defaults otherwise)."""
    def number(name: str, default: float | None):
        raw = os.environ.get(name)
        if raw is None or raw == "":
            return default
        value = float(raw)
        return None if value <= 0 else value

    max_size = number("RUN4D_WS_MAX_SIZE", 16 * 2**20)
    max_queue = number("RUN4D_WS_MAX_QUEUE", 64)
    return {
        "max_size": int(max_size) if max_size else None,
        # Received messages buffered before reading pauses: pipelining clients fill websockets'
        # default of 16 quickly, and each pause/resume costs two epoll calls.
        "max_queue": int(max_queue) if max_queue else None,
        "ping_interval": number("RUN4D_WS_PING_INTERVAL", 20.0),
        "ping_timeout": number("RUN4D_WS_PING_TIMEOUT", 20.0),
        "close_timeout": number("RUN4D_WS_CLOSE_TIMEOUT", 10.0),
    }


class Sink(Protocol):
    def net_message(self, data: str | bytes) -> None: ...
    def net_closed(self, code: int, reason: str, clean: bool) -> None: ...  # then Channel.take_undelivered()


@dataclass
class _Close:
    code: int | None
    reason: str


class Channel:
    """One WebSocket connection: outbound frames, receive loop, close reporting.

    Sends from 4D threads are appended to `pending`; the loop writes every
    channel's pending frames in one pass per wake-up (one cross-thread call
    per burst, one socket write per connection), in order, with a close
    request taking its place among the frames.
    """

    def __init__(self, ws, sink: Sink | None = None) -> None:
        self.ws = ws
        self.sink = sink
        self.pending: deque = deque()
        self.dirty = False  # in _dirty, waiting for the next flush
        self.closing = False  # a close was started: later frames are undelivered
        self.finished = False
        self.undelivered = 0

    # -------------------------------------------------------------- from 4D threads

    def send_threadsafe(self, payload: str | bytes) -> None:
        self._push(payload)

    def close_threadsafe(self, code: int | None, reason: str = "") -> None:
        self._push(_Close(code, reason))

    def abort_threadsafe(self) -> None:
        eventloop.call_soon(self.abort)

    def take_undelivered(self) -> int:
        """Frames that never reached the peer (after the connection closed); counted once."""
        lost = self.undelivered
        self.undelivered = 0
        while self.pending:
            if type(self.pending.popleft()) is not _Close:
                lost += 1
        return lost

    def _push(self, item) -> None:
        # Ordering of these steps against _flush_all makes a lost wake-up impossible: the
        # loop clears a flag before draining what the flag announced.
        self.pending.append(item)
        if not self.dirty:
            self.dirty = True
            _dirty.append(self)
            if not _flush["scheduled"]:
                _flush["scheduled"] = True
                eventloop.call_soon(_flush_all)

    # -------------------------------------------------------------- on the loop

    def abort(self) -> None:
        transport = getattr(self.ws, "transport", None)
        if transport is not None:
            transport.abort()

    def flush(self) -> None:
        if self.finished:
            return  # take_undelivered counts what is left
        protocol = self.ws.protocol
        wrote = False
        while self.pending:
            item = self.pending.popleft()
            if type(item) is _Close:
                if not self.closing:
                    self.closing = True
                    if wrote:
                        self._write_out()
                        wrote = False
                    asyncio.get_running_loop().create_task(self._close(item))
                continue
            if self.closing or protocol.state is not OPEN:
                self.undelivered += 1
                continue
            if type(item) is str:
                protocol.send_text(item.encode())
            else:
                protocol.send_binary(item)
            wrote = True
        if wrote:
            self._write_out()

    def _write_out(self) -> None:
        chunks = self.ws.protocol.data_to_send()
        body = [chunk for chunk in chunks if chunk]
        if body:
            self.ws.transport.write(body[0] if len(body) == 1 else b"".join(body))
        if len(body) != len(chunks):
            self.ws.send_data()  # an end-of-stream marker: let websockets half-close

    async def _close(self, item: _Close) -> None:
        try:
            if item.code is None:
                await self.ws.close()
            else:
                await self.ws.close(item.code, item.reason)
        except ConnectionClosed:
            pass

    async def run(self) -> None:
        """Receive until the connection closes, then report how it closed."""
        try:
            async for message in self.ws:
                self.sink.net_message(message)
        except ConnectionClosed:
            pass
        finally:
            self.flush()  # what was sent up to now is counted, not lost
            self.finished = True
            code = int(self.ws.close_code or 1006)  # an IntEnum: make it a plain int
            reason = self.ws.close_reason or ""
            protocol = self.ws.protocol
            # Clean: the closing handshake happened (frames both ways), whatever the code.
            clean = protocol.close_rcvd is not None and protocol.close_sent is not None
            self.sink.net_closed(code, reason, clean)


_dirty: deque[Channel] = deque()
_flush = {"scheduled": False}


def _flush_all() -> None:
    _flush["scheduled"] = False
    while _dirty:
        channel = _dirty.popleft()
        channel.dirty = False
        try:
            channel.flush()
        except Exception:  # a connection torn down under us: its frames count as undelivered
            channel.undelivered += 1
            channel.abort()


# ---------------------------------------------------------------- server side


class Route(Protocol):
    """What the Listener needs of a WebSocket server (4D.WebSocketServer)."""

    path: str | None
    accepting: bool

    def decide(self, info: dict, channel: Channel, resolve) -> None: ...  # resolve(sink or None), any thread


async def serve_route(route: Route, ws, info: dict) -> None:
    """One upgraded connection: ask the route, then receive until it closes."""
    if not route.accepting:
        await ws.close(1001, "")
        return
    loop = asyncio.get_running_loop()
    decided: asyncio.Future = loop.create_future()
    channel = Channel(ws)  # exists before the route answers: an accepted connection can send at once
    route.decide(info, channel, lambda sink: loop.call_soon_threadsafe(decided.set_result, sink))
    sink = await decided
    if sink is None:
        await ws.close(1008, "Connection refused")  # the handler returned Null: refused
        return
    channel.sink = sink
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
            max_size=opts["max_size"], max_queue=opts["max_queue"], ping_interval=opts["ping_interval"],
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
        max_size=opts["max_size"], max_queue=opts["max_queue"], ping_interval=opts["ping_interval"],
        ping_timeout=opts["ping_timeout"], close_timeout=opts["close_timeout"], compression=None,
        user_agent_header="run4d")
