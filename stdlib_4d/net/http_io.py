"""The HTTP client engine: requests with h11 over asyncio streams, agents' connection pools.

Stage: engine (with runtime/eventloop.py and the other *_io modules, the only
code importing asyncio and h11). It knows nothing of 4D: `start()` runs an
`Exchange` (a request as plain data, http_wire.py builds its parts) on the
event loop and reports to a sink, on the loop thread: `http_response` once
for the final response (redirects and authentication rounds are followed
here), `http_chunk` for each piece of its body when the sink streams,
then `http_done` or `http_failed`. An `Agent` keeps idle keep-alive
connections per origin, within its socket limits.
"""

from __future__ import annotations

import asyncio
import os
import socket
import ssl
from collections import deque
from dataclasses import dataclass, field
from typing import Protocol

import h11

from runtime import eventloop
from stdlib_4d.net import http_wire
from stdlib_4d.net.http_wire import URL, Credentials

READ_SIZE = 65536
DRAIN_LIMIT = 1 << 20  # bytes of a redirect's body read to keep its connection; more: close it
USER_AGENT = "run4d"


class Failure(Exception):
    """Why an exchange failed: kind is connect, resolve, timeout, tls, protocol or closed."""

    def __init__(self, kind: str, detail: str) -> None:
        super().__init__(detail)
        self.kind = kind
        self.detail = detail


class Sink(Protocol):
    def http_response(self, status: int, reason: str, headers: list[tuple[str, str]], version: str) -> None: ...
    def http_chunk(self, data: bytes) -> None: ...
    def http_done(self, body: bytes | None) -> None: ...
    def http_failed(self, kind: str, detail: str) -> None: ...


@dataclass(frozen=True)
class TLS:
    validate: bool = True
    min_version: str | None = None  # "TLSv1_2"...
    cert_folder: str | None = None  # holds cert.pem and key.pem (client certificate)


@dataclass
class Exchange:
    """One request and how to carry it out."""

    method: str
    url: URL
    headers: list[tuple[str, str]]  # the caller's, in order (Host, Content-Length are added here)
    body: bytes | None = None
    timeout: float | None = None  # whole exchange, seconds
    max_redirects: int = 5
    credentials: Credentials | None = None
    tls: TLS = field(default_factory=TLS)
    stream: bool = False  # report body chunks as they come
    keep_body: bool = True  # give the whole body to http_done


# ---------------------------------------------------------------- connections and pools


class Conn:
    """One socket to one origin, with its h11 state."""

    def __init__(self, key: tuple, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.key = key
        self.reader, self.writer = reader, writer
        self.h11 = h11.Connection(h11.CLIENT)
        self.idle_timer: asyncio.TimerHandle | None = None
        self.used = 0  # requests sent on it

    def alive(self) -> bool:
        return not self.writer.is_closing() and not self.reader.at_eof()

    def close(self) -> None:
        if self.idle_timer is not None:
            self.idle_timer.cancel()
            self.idle_timer = None
        self.writer.close()


class Agent:
    """A pool of connections, per origin (4D.HTTPAgent; one global agent otherwise)."""

    def __init__(self, keep_alive: bool = True, max_sockets: int = 65535, max_total: int = 65535,
                 idle_timeout: float | None = None) -> None:
        self.keep_alive = keep_alive
        self.max_sockets = max(1, max_sockets)
        self.max_total = max(1, max_total)
        self.idle_timeout = idle_timeout
        self.idle: dict[tuple, deque[Conn]] = {}
        self.open: dict[tuple, int] = {}
        self.total = 0
        self.active = 0  # requests being handled (read from 4D threads)
        self.waiters: deque[tuple[tuple, asyncio.Future]] = deque()

    @property
    def free(self) -> int:
        return sum(len(q) for q in self.idle.values())

    def _can_open(self, key: tuple) -> bool:
        return self.open.get(key, 0) < self.max_sockets and self.total < self.max_total

    async def acquire(self, key: tuple, url: URL, tls: TLS) -> tuple[Conn, bool]:
        """A connection to `key`'s origin: an idle one (True) or a new one (False)."""
        while True:
            queue = self.idle.get(key)
            while queue:
                conn = queue.pop()
                if conn.idle_timer is not None:
                    conn.idle_timer.cancel()
                    conn.idle_timer = None
                if conn.alive():
                    return conn, True
                self._forget(conn)
            if self._can_open(key):
                break
            if self.total >= self.max_total and self._close_one_idle():
                continue
            waiter = asyncio.get_running_loop().create_future()
            self.waiters.append((key, waiter))
            try:
                await waiter
            finally:
                if not waiter.done():
                    waiter.cancel()
        self.open[key] = self.open.get(key, 0) + 1
        self.total += 1
        try:
            reader, writer = await _connect(url, tls)
        except BaseException:
            self._release_slot(key)
            raise
        return Conn(key, reader, writer), False

    def release(self, conn: Conn, reusable: bool) -> None:
        """A request is over: keep the connection for the next one, or close it."""
        if reusable and self.keep_alive and conn.alive():
            conn.h11.start_next_cycle()
            self.idle.setdefault(conn.key, deque()).append(conn)
            if self.idle_timeout:
                conn.idle_timer = asyncio.get_running_loop().call_later(self.idle_timeout, self._expire, conn)
            self._wake(conn.key)
            return
        conn.close()
        self._forget(conn)

    def _expire(self, conn: Conn) -> None:
        conn.idle_timer = None
        queue = self.idle.get(conn.key)
        if queue and conn in queue:
            queue.remove(conn)
            conn.close()
            self._forget(conn)

    def _close_one_idle(self) -> bool:
        for queue in self.idle.values():
            if queue:
                conn = queue.popleft()
                conn.close()
                self._forget(conn)
                return True
        return False

    def _forget(self, conn: Conn) -> None:
        self._release_slot(conn.key)

    def _release_slot(self, key: tuple) -> None:
        self.open[key] = self.open.get(key, 1) - 1
        self.total -= 1
        self._wake(key)

    def _wake(self, key: tuple) -> None:
        for i, (k, fut) in enumerate(self.waiters):
            if fut.done():
                continue
            if k == key or self.total < self.max_total:
                del self.waiters[i]
                fut.set_result(None)
                return

    def close_idle(self) -> None:
        for queue in self.idle.values():
            while queue:
                conn = queue.pop()
                conn.close()
                self._forget(conn)


def _context(tls: TLS) -> ssl.SSLContext:
    ctx = ssl.create_default_context()
    extra = os.environ.get("RUN4D_CA_FILE")
    if extra:
        ctx.load_verify_locations(extra)
    if not tls.validate:
        ctx.check_hostname = False
        ctx.verify_mode = ssl.CERT_NONE
    versions = {"TLSv1_0": ssl.TLSVersion.TLSv1, "TLSv1_1": ssl.TLSVersion.TLSv1_1,
                "TLSv1_2": ssl.TLSVersion.TLSv1_2, "TLSv1_3": ssl.TLSVersion.TLSv1_3}
    if tls.min_version:
        ctx.minimum_version = versions[tls.min_version]
    if tls.cert_folder:
        cert = os.path.join(tls.cert_folder, "cert.pem")
        key = os.path.join(tls.cert_folder, "key.pem")
        if os.path.exists(cert) and os.path.exists(key):
            ctx.load_cert_chain(cert, key)
    return ctx


async def _connect(url: URL, tls: TLS):
    ctx = _context(tls) if url.scheme == "https" else None
    try:
        reader, writer = await asyncio.open_connection(url.host, url.port, ssl=ctx, limit=READ_SIZE * 4,
                                                       server_hostname=url.host if ctx else None)
    except socket.gaierror as e:
        raise Failure("resolve", f"cannot resolve the host name \"{url.host}\" ({e.strerror})") from None
    except ssl.SSLError as e:
        raise Failure("tls", f"TLS handshake with {url.authority} failed: {e.reason or e}") from None
    except ConnectionRefusedError:
        raise Failure("connect", f"connection refused by {url.authority}") from None
    except OSError as e:
        raise Failure("connect", f"cannot connect to {url.authority}: {e.strerror or e}") from None
    sock = writer.get_extra_info("socket")
    if sock is not None:
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    return reader, writer


GLOBAL = Agent()


# ---------------------------------------------------------------- one exchange


def start(exchange: Exchange, agent: Agent, sink: Sink):
    """Run the exchange on the loop (from any thread); the returned future can be cancelled."""
    return eventloop.submit(run(exchange, agent, sink))


# Exchanges in flight. asyncio keeps only weak references to tasks, and an exchange's task is
# otherwise reachable only through a cycle (the stream reader's waiter) once 4D code has dropped
# its HTTPRequest: without this set the collector could destroy a pending request.
_running: set = set()


async def run(exchange: Exchange, agent: Agent, sink: Sink) -> None:
    task = asyncio.current_task()
    _running.add(task)
    agent.active += 1
    try:
        if exchange.timeout is None:
            await _follow(exchange, agent, sink)
        else:
            async with asyncio.timeout(exchange.timeout):
                await _follow(exchange, agent, sink)
    except Failure as f:
        sink.http_failed(f.kind, f.detail)
    except TimeoutError:
        sink.http_failed("timeout", f"no complete answer from {exchange.url.authority} within "
                                    f"{exchange.timeout:g} second(s)")
    except asyncio.CancelledError:
        raise  # terminate(): the caller reports it
    except Exception as e:  # anything else on the wire: reported, never raised on the loop
        sink.http_failed("protocol", f"{type(e).__name__}: {e}")
    finally:
        agent.active -= 1
        _running.discard(task)


async def _follow(ex: Exchange, agent: Agent, sink: Sink) -> None:
    """Send, following redirects and answering authentication challenges."""
    method, url, body = ex.method, ex.url, ex.body
    creds = ex.credentials
    if creds is None and url.user:
        creds = Credentials(url.user, url.password, "auto")
    state = {"redirects": 0, "auth_rounds": 0}

    def intermediate(status: int, headers: list[tuple[str, str]]) -> bool:
        if status in http_wire.REDIRECTS and state["redirects"] < ex.max_redirects:
            return any(n.lower() == "location" for n, _ in headers)
        if status == 401 and creds is not None and state["auth_rounds"] < 2:
            found = [v for n, v in headers if n.lower() == "www-authenticate"]
            return http_wire.answer_challenge(creds, found)
        return False

    while True:
        headers = _headers(ex, method, url, body, creds)
        result = await _exchange(agent, ex, method, url, headers, body, sink, intermediate)
        if result is None:
            return  # the final response was reported
        status, response_headers = result
        if status == 401:
            state["auth_rounds"] += 1
            continue
        location = next(v for n, v in response_headers if n.lower() == "location")
        try:
            new_url = http_wire.redirect_url(url, location)
        except http_wire.BadURL as e:
            raise Failure("protocol", f"bad redirect location: {e}") from None
        method, keep = http_wire.redirected_method(status, method)
        body = body if keep else None
        if new_url.origin != url.origin and not new_url.user:
            creds = None  # credentials are not sent to another server
        url = new_url
        state["redirects"] += 1


def _headers(ex: Exchange, method: str, url: URL, body: bytes | None, creds: Credentials | None):
    host = url.authority
    out: list[tuple[str, str]] = []
    names = set()
    for name, value in ex.headers:
        low = name.lower()
        if low in ("content-length", "transfer-encoding"):
            continue  # framing is ours (h11 checks it)
        if low == "host":
            if url.origin == ex.url.origin:
                host = value  # the caller's Host, for the server it named
            continue
        if low == "content-type" and body is None:
            continue
        out.append((name, value))
        names.add(low)
    out.insert(0, ("Host", host))
    if "user-agent" not in names:
        out.append(("User-Agent", USER_AGENT))
    if body is not None:
        out.append(("Content-Length", str(len(body))))
    elif method in ("POST", "PUT", "PATCH"):
        out.append(("Content-Length", "0"))
    if creds is not None and "authorization" not in names:
        value = http_wire.authorization(creds, method, url.target)
        if value:
            out.append(("Authorization", value))
    return out


async def _exchange(agent, ex, method, url, headers, body, sink, intermediate):
    """One request/response; None once the final response went to the sink, else (status, headers)
    of a response `intermediate` wants followed (its body is read and dropped)."""
    key = (url.scheme, url.host.lower(), url.port, ex.tls)
    for attempt in (0, 1):
        conn, reused = await agent.acquire(key, url, ex.tls)
        released = False
        try:
            try:
                response = await _send(conn, method, url, headers, body)
            except _Stale:
                agent.release(conn, False)
                released = True
                if reused and attempt == 0:
                    continue  # the server closed an idle connection: one new one
                raise Failure("closed", f"{url.authority} closed the connection without answering") from None
            conn.used += 1
            status = response.status_code
            raw = [(n.decode("latin-1"), v.decode("latin-1")) for n, v in response.headers.raw_items()]
            if intermediate(status, raw):
                reusable = await _drain(conn)
                agent.release(conn, reusable)
                released = True
                return status, raw
            version = "HTTP/" + response.http_version.decode("ascii")
            sink.http_response(status, response.reason.decode("latin-1"), raw, version)
            data = await _body(conn, sink, ex.stream, ex.keep_body and method != "HEAD")
            reusable = conn.h11.our_state is h11.DONE and conn.h11.their_state is h11.DONE
            agent.release(conn, reusable)
            released = True
            sink.http_done(data)
            return None
        finally:
            if not released:
                agent.release(conn, False)
    raise AssertionError("unreachable")


class _Stale(Exception):
    """The connection ended before any byte of the response."""


async def _send(conn: Conn, method: str, url: URL, headers, body: bytes | None):
    hc = conn.h11
    try:
        out = hc.send(h11.Request(method=method, target=url.target, headers=headers))
        if body:
            out += hc.send(h11.Data(data=body))
        out += hc.send(h11.EndOfMessage())
    except h11.LocalProtocolError as e:
        raise Failure("protocol", f"cannot send this request: {e}") from None
    try:
        conn.writer.write(out)
        await conn.writer.drain()
    except (ConnectionError, OSError):
        raise _Stale() from None
    got_bytes = False
    while True:
        try:
            event = hc.next_event()
        except h11.RemoteProtocolError as e:
            if not got_bytes:
                raise _Stale() from None
            raise Failure("protocol", f"invalid response from {url.authority}: {e}") from None
        if event is h11.NEED_DATA:
            try:
                data = await conn.reader.read(READ_SIZE)
            except (ConnectionError, OSError):
                data = b""
            if data:
                got_bytes = True
            elif not got_bytes:
                raise _Stale()
            hc.receive_data(data)
            continue
        if isinstance(event, h11.InformationalResponse):
            continue
        if isinstance(event, h11.Response):
            return event
        if isinstance(event, h11.ConnectionClosed):
            raise _Stale()
        raise Failure("protocol", f"unexpected {type(event).__name__} from {url.authority}")


async def _read_body(conn: Conn, piece) -> None:
    """Call piece(bytes) for each part of the body, until its end."""
    hc = conn.h11
    while True:
        try:
            event = hc.next_event()
        except h11.RemoteProtocolError as e:
            raise Failure("closed", f"the response body is incomplete: {e}") from None
        if event is h11.NEED_DATA:
            try:
                data = await conn.reader.read(READ_SIZE)
            except (ConnectionError, OSError) as e:
                raise Failure("closed", f"the connection broke while reading the body ({e})") from None
            hc.receive_data(data)
        elif type(event) is h11.Data:
            piece(bytes(event.data))
        elif isinstance(event, (h11.EndOfMessage, h11.ConnectionClosed)):
            return


async def _body(conn: Conn, sink: Sink, stream: bool, keep: bool) -> bytes | None:
    parts: list[bytes] = []
    if stream and keep:
        def piece(chunk: bytes) -> None:
            sink.http_chunk(chunk)
            parts.append(chunk)
    elif stream:
        piece = sink.http_chunk
    else:
        piece = parts.append
    await _read_body(conn, piece)
    return b"".join(parts) if keep else None


async def _drain(conn: Conn) -> bool:
    """Read and drop a body we do not report; True if the connection can serve another request."""
    size = [0]

    def piece(chunk: bytes) -> None:
        size[0] += len(chunk)
        if size[0] > DRAIN_LIMIT:
            raise Failure("closed", "too long to drain")

    try:
        await _read_body(conn, piece)
    except Failure:
        return False
    return conn.h11.our_state is h11.DONE and conn.h11.their_state is h11.DONE
