"""HTTP/1.1 connections: httptools parses, the Web server's app answers, in order.

Stage: engine (asyncio lives only in the engine modules). One HttpConnection
per socket: requests are parsed as bytes arrive (pipelined requests queue
up, reading pauses past a limit), answered one at a time and in order, by
the app (a callable of the Web server: it returns a Response at once, or
None and answers later from any thread through `reply`). This module writes
correct HTTP: Date/Server/Content-Length/Connection headers, no body for
HEAD, 204 and 304, gzip when the client asks, and the limits of
engine.limits() (431/414 for oversized heads, 413 for bodies, 505 for
other versions, 501 for unknown methods, 400 for the rest). A WebSocket
upgrade hands the socket to engine_ws.WSConnection.
"""

from __future__ import annotations

import asyncio
import email.utils
import re
import time
import zlib
from collections import deque
from typing import Any

import httptools

from stdlib_4d.net.http_messages import FileBody, Request, Response, StreamBody, read_file_body, reason, text_response

_COMPRESSIBLE = re.compile(r"^(text/|application/(json|javascript|xml|x-javascript)|image/svg)", re.I)
_TOKEN = re.compile(rb"^[!#$%&'*+.^_`|~0-9A-Za-z-]+ \S+ HTTP/\d")
_SKIP = {"content-length", "connection", "transfer-encoding", "keep-alive"}
IN_MEMORY_FILE = 256 * 1024  # larger files are sent with loop.sendfile
MAX_GZIP = 8 * 2**20  # larger bodies go out uncompressed (compression runs on the loop)
_date = {"second": 0, "text": ""}
_STATUS_LINES: dict[int, str] = {}


REQUESTS = [0]  # HTTP requests received by every listener since the program started


def http_date() -> str:
    now = int(time.time())
    if now != _date["second"]:
        _date["second"], _date["text"] = now, email.utils.formatdate(now, usegmt=True)
    return _date["text"]


class _Abort(Exception):
    """Raised from a parser callback: the request is refused with `response`."""

    def __init__(self, response: Response) -> None:
        self.response = response


class HttpConnection(asyncio.Protocol):
    """One HTTP/1.1 connection of the Web server."""

    def __init__(self, listener) -> None:
        self.listener = listener
        self.opts: dict[str, Any] = listener.opts
        self.transport: Any = None
        self.loop: Any = None
        self.parser = httptools.HttpRequestParser(self)
        self.queue: deque[Request] = deque()  # parsed, waiting for their turn
        self.current: Request | None = None  # being answered
        self.closing = False  # no more requests are read
        self.paused = False
        self.remote = self.local = ""
        self.secure = False
        self._timer = None  # one pending timer at most; it re-arms itself for a later deadline
        self._deadline = 0.0  # monotonic time at which an idle connection closes; 0: none
        # Request being parsed.
        self._url = b""  # (bytes: a URL nearly always comes in one piece)
        self._headers: list[tuple[str, str]] = []
        self._body: list[bytes] = []
        self._head_size = 0
        self._body_size = 0
        self._first = b""
        self._max_head = self.opts["max_header_size"]  # (an engine limit: WEB SET OPTION leaves it)

    # -------------------------------------------------------------- asyncio callbacks

    def connection_made(self, transport) -> None:
        self.transport = transport
        self.loop = asyncio.get_running_loop()
        peer = transport.get_extra_info("peername")
        sock = transport.get_extra_info("sockname")
        self.remote = peer[0] if peer else ""
        self.local = sock[0] if sock else ""
        self.secure = transport.get_extra_info("sslcontext") is not None
        self.listener.connections.add(self)
        self._arm(self.opts["request_timeout"])

    def data_received(self, data: bytes) -> None:
        if self.closing:
            return
        if not self._url and not self._headers:
            self._first = data[:64]
        try:
            self.parser.feed_data(data)
        except httptools.HttpParserUpgrade as e:
            offset = e.args[0] if e.args else len(data)
            if self.queue and self.queue[-1].upgrade:
                self.queue[-1].rest = data[offset:]
            self._stop_reading()
            self._advance()
        except _Abort as e:
            self._refuse(e.response)
        except httptools.HttpParserCallbackError as e:
            cause = e.__context__
            self._refuse(cause.response if isinstance(cause, _Abort) else text_response(400, close=True))
        except httptools.HttpParserInvalidMethodError:
            status = 501 if _TOKEN.match(self._first) else 400
            self._refuse(text_response(status, close=True))
        except httptools.HttpParserError as e:
            status = 505 if "version" in str(e).lower() else 400
            self._refuse(text_response(status, close=True))

    def connection_lost(self, exc) -> None:
        self.closing = True
        self.current = None
        self.queue.clear()
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        self._deadline = 0.0
        self.listener.connections.discard(self)

    # -------------------------------------------------------------- parser callbacks

    def on_message_begin(self) -> None:
        self._url, self._headers, self._body = b"", [], []
        self._head_size = self._body_size = 0
        if self.current is None and not self.queue:
            self._arm(self.opts["request_timeout"])

    def on_url(self, url: bytes) -> None:
        self._url += url
        self._head_size += len(url)
        if self._head_size > self._max_head:
            raise _Abort(text_response(414, close=True))

    def on_header(self, name: bytes, value: bytes) -> None:
        self._head_size += len(name) + len(value) + 4
        if self._head_size > self._max_head:
            raise _Abort(text_response(431, close=True))
        if len(name) == 14 and name.lower() == b"content-length" and value.isdigit() \
                and int(value) > self.opts["max_body_size"]:
            raise _Abort(text_response(413, close=True))  # refused before the body arrives
        self._headers.append((name.decode("latin-1"), value.decode("latin-1")))

    def on_headers_complete(self) -> None:
        if self.parser.get_http_version() not in ("1.1", "1.0"):
            raise _Abort(text_response(505, close=True))

    def on_body(self, body: bytes) -> None:
        self._body_size += len(body)
        if self._body_size > self.opts["max_body_size"]:
            raise _Abort(text_response(413, close=True))
        self._body.append(body)

    def on_message_complete(self) -> None:
        parser = self.parser
        request = Request(parser.get_method().decode("ascii"), self._url.decode("latin-1"),
                          parser.get_http_version(), self._headers,
                          b"".join(self._body) if self._body else b"", self.remote, self.local, self.secure,
                          parser.should_keep_alive(), parser.should_upgrade())
        self._url, self._headers, self._body = b"", [], []
        REQUESTS[0] += 1  # WEB Get server info's httpRequestCount (the loop thread alone writes it)
        self.queue.append(request)
        if request.upgrade:
            return  # feed_data raises HttpParserUpgrade next: the bytes after it are not HTTP
        if self.current is None:
            self._advance()
        elif len(self.queue) >= self.opts["pipeline"]:
            self._stop_reading()

    # -------------------------------------------------------------- answering in order

    def _advance(self) -> None:
        """Answer the queued requests in turn, while each is answered at once."""
        while self.current is None and self.queue and not self.transport.is_closing():
            request = self.current = self.queue.popleft()
            self._deadline = 0.0  # no idle timeout while a request is answered
            error = request.error
            if error is not None:
                self._write(request, error)
                return
            if request.upgrade:
                if self.listener.upgrade(self, request):
                    return  # the socket belongs to the WebSocket now
                # Not a WebSocket (CONNECT, h2c...): plain HTTP goes on, the bytes after it queue up.
                self.parser = httptools.HttpRequestParser(self)
                self._resume_reading()
                rest = request.rest
                if rest:
                    self.data_received(rest)
            try:
                response = self.listener.app(request, _replier(self, request))
            except Exception as e:  # a bug of the app must not kill the connection silently
                self.listener.report(f"the Web server failed on {request.method} {request.target}: {e}")
                response = text_response(500, close=True)
            if response is None:
                return  # answered later by reply()
            if not self._write(request, response):
                return  # a file or a stream goes on; _done() comes back here
        if self.current is None and not self.queue and not self.closing:
            self._resume_reading()
            self._arm(self.opts["keepalive_timeout"])

    def respond(self, request: Request, response: Response) -> None:
        if request is self.current and not self.transport.is_closing() and self._write(request, response):
            self._advance()

    def _write(self, request: Request, response: Response) -> bool:
        """Send `response`; True when it is all written and the next request may be answered
        (the caller goes on with _advance), False when a file or stream is still being sent
        or the connection closes."""
        body = response.body
        if type(body) is not bytes and isinstance(body, FileBody) and (
                body.length <= IN_MEMORY_FILE or self._wants_gzip(request, response)):
            try:
                body = read_file_body(body)
            except OSError:
                response = text_response(404)
                body = response.body
        status = response.status
        bodiless = status < 200 or status == 204 or status == 304
        keep = request.keep_alive and not response.close and not self.closing
        headers = response.headers
        opts = self.opts
        if type(body) is bytes:
            stream = None
            length = len(body)
            if length >= opts["gzip_threshold"] and not bodiless and self._wants_gzip(request, response):
                body, headers = self._gzip(body, headers)
                length = len(body)
        else:
            stream = body if isinstance(body, StreamBody) else None
            length = 0 if stream is not None else body.length
        line = _STATUS_LINES.get(status)
        if line is None:
            line = _STATUS_LINES[status] = f"HTTP/1.1 {status} {reason(status)}\r\n"
        fields = ""
        server = _SERVER_LINE
        for name, value in headers:
            kind = _HEADER_KINDS.get(name)
            if kind is None:
                kind = _header_kind(name)
                name = _clean(name)
            if kind:
                if kind == _SKIPPED:
                    continue
                server = ""  # the response names its own
            if "\r" in value or "\n" in value:
                value = _clean(value)
            fields += f"{name}: {value}\r\n"
        if self.secure and opts.get("hsts"):
            fields += f"Strict-Transport-Security: max-age={opts['hsts']}\r\n"
        if bodiless:
            size = ""
        elif stream is not None:
            size = _CHUNKED_LINE
        else:
            size = f"Content-Length: {length}\r\n"
        data = (f"{line}Date: {http_date()}\r\n{fields}{server}{size}"
                f"{_KEEP_ALIVE if keep else _CLOSE}").encode("latin-1", "replace")
        send_body = not bodiless and request.method != "HEAD"
        log = opts.get("access_log")
        if log is not None:
            log(request, status, length if send_body else 0)
        if not keep:
            self.closing = True
        if stream is not None:
            self.transport.write(data)
            loop = self.loop
            stream.bind(lambda piece: loop.call_soon_threadsafe(self._chunk, request, piece, keep, send_body))
            return False
        if send_body and type(body) is not bytes:
            self.transport.write(data)
            asyncio.get_running_loop().create_task(self._send_file(body, keep))
            return False
        self.transport.write(data + body if send_body and body else data)
        return self._finish(keep)

    def _chunk(self, request: Request, piece: bytes | None, keep: bool, send_body: bool) -> None:
        """A piece of a streamed body (None: the end), in chunked encoding."""
        if request is not self.current or self.transport.is_closing():
            return
        if piece is None:
            if send_body:
                self.transport.write(b"0\r\n\r\n")
            self._done(keep)
        elif piece and send_body:
            self.transport.write(b"%x\r\n%s\r\n" % (len(piece), piece))

    async def _send_file(self, body: FileBody, keep: bool) -> None:
        loop = asyncio.get_running_loop()
        try:
            with open(body.path, "rb") as fh:
                await loop.sendfile(self.transport, fh, body.offset, body.length)
        except (OSError, RuntimeError, ConnectionError):
            self.transport.abort()
            return
        self._done(keep)

    def _done(self, keep: bool) -> None:
        if self._finish(keep):
            self._advance()

    def _finish(self, keep: bool) -> bool:
        """The current answer is sent: True when the connection stays for the next request."""
        self.current = None
        if not keep:
            self.transport.close()
            return False
        if self.paused and len(self.queue) < self.opts["pipeline"]:
            self._resume_reading()
        return True

    # -------------------------------------------------------------- helpers

    def _refuse(self, response: Response) -> None:
        """A request that cannot be parsed: answer it after those before it, then close."""
        self.closing = True
        self._stop_reading()
        bad = Request("GET", "/", "1.1", [], keep_alive=False)
        bad.error = response
        self.queue.append(bad)
        self._advance()

    def _wants_gzip(self, request: Request, response: Response) -> bool:
        level = self.opts["gzip_level"]
        if not level or not response.compressible or response.status != 200:
            return False
        body = response.body
        size = body.length if isinstance(body, FileBody) else len(body)
        if not self.opts["gzip_threshold"] <= size <= MAX_GZIP:
            return False  # (checked first: small JSON answers need no header scans)
        if "gzip" not in request.header("Accept-Encoding").lower() or response.header("Content-Encoding"):
            return False
        return bool(_COMPRESSIBLE.match(response.header("Content-Type")))

    def _gzip(self, body: bytes, headers: list) -> tuple[bytes, list]:
        packer = zlib.compressobj(self.opts["gzip_level"], zlib.DEFLATED, 31)
        packed = packer.compress(body) + packer.flush()
        out = []
        for name, value in headers:
            if name.lower() == "etag" and value.endswith('"'):
                value = value[:-1] + '-gzip"'  # another representation, another tag
            out.append((name, value))
        out += [("Content-Encoding", "gzip"), ("Vary", "Accept-Encoding")]
        return packed, out

    def _arm(self, seconds: float) -> None:
        """Close the connection if it is still idle in `seconds` (0: never).

        Requests arm and disarm this twice each: a deadline is only a number, and the
        one timer, when it fires early, waits again for the deadline of that moment
        (creating and cancelling a loop timer per request cost a third of the loop's time).
        """
        if not seconds:
            self._deadline = 0.0
            return
        self._deadline = deadline = time.monotonic() + seconds
        if self._timer is None:
            self._timer = asyncio.get_running_loop().call_at(deadline, self._timeout)

    def _timeout(self) -> None:
        self._timer = None
        deadline = self._deadline
        if not deadline or self.transport is None or self.transport.is_closing():
            return
        if deadline > time.monotonic():
            self._timer = asyncio.get_running_loop().call_at(deadline, self._timeout)
            return
        if self.current is None:
            self.transport.close()  # idle keep-alive, or a request head that never completes

    def _stop_reading(self) -> None:
        if not self.paused:
            self.paused = True
            self.transport.pause_reading()

    def _resume_reading(self) -> None:
        if self.paused and not self.closing:
            self.paused = False
            self.transport.resume_reading()


def _clean(text: str) -> str:
    """No CR or LF in a header line (response splitting)."""
    return text.replace("\r", " ").replace("\n", " ") if ("\r" in text or "\n" in text) else text


_PLAIN, _SERVER, _SKIPPED = 0, 1, 2
_SERVER_LINE = "Server: run4d\r\n"
_CHUNKED_LINE = "Transfer-Encoding: chunked\r\n"
_KEEP_ALIVE = "Connection: keep-alive\r\n\r\n"
_CLOSE = "Connection: close\r\n\r\n"
_HEADER_KINDS: dict[str, int] = {}  # header name as given -> what _write does with it


def _header_kind(name: str) -> int:
    """_SKIPPED for the headers _write writes itself, _SERVER for Server, else _PLAIN; names with
    CR or LF are cleaned where they are written (they are not remembered)."""
    lower = name.lower()
    kind = _SKIPPED if lower in _SKIP else _SERVER if lower == "server" else _PLAIN
    if "\r" in name or "\n" in name:
        return kind
    if len(_HEADER_KINDS) < 1024:  # names come from code, rarely from data: a bound all the same
        _HEADER_KINDS[name] = kind
    return kind


# ---------------------------------------------------------------- answers from 4D threads

_replies: deque = deque()
_reply = {"scheduled": False}


def _replier(conn: HttpConnection, request: Request):
    loop = conn.loop

    def reply(response: Response) -> None:
        _replies.append((conn, request, response))
        if not _reply["scheduled"]:
            _reply["scheduled"] = True
            loop.call_soon_threadsafe(_reply_all)

    return reply


def _reply_all() -> None:
    _reply["scheduled"] = False
    while _replies:
        conn, request, response = _replies.popleft()
        try:
            conn.respond(request, response)
        except Exception:  # a connection torn down under us
            if conn.transport is not None:
                conn.transport.abort()
