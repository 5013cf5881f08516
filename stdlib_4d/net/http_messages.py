"""HTTP requests and responses as plain values, shared by the engine and the Web server.

Stage: stdlib support (no I/O, no asyncio): the engine (engine_http.py)
fills a Request from the bytes it parses and writes a Response to the
socket; the Web server (web_app.py and the 4D classes) reads the one and
builds the other. Header names keep the case the peer sent; lookups are
case-insensitive.
"""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass, field
from http import HTTPStatus
from urllib.parse import parse_qsl, unquote_to_bytes, urlsplit


class BadRequest(ValueError):
    """A request the server cannot make sense of (answered with 400)."""


@dataclass(eq=False, slots=True)
class Request:
    method: str
    target: str  # the request target as sent: path and query, still percent-encoded
    version: str  # "1.0", "1.1"
    headers: list[tuple[str, str]]
    body: bytes = b""
    remote: str = ""
    local: str = ""
    secure: bool = False
    keep_alive: bool = True
    upgrade: bool = False
    _path: str | None = None
    cors_headers: list[tuple[str, str]] | None = None  # set by the Web server for a cross-origin request
    error: Response | None = None  # the engine's answer to a request it could not parse
    rest: bytes = b""  # bytes after an upgrade request (the engine hands them to the new protocol)

    def header(self, name: str, default: str = "") -> str:
        """The first value of header `name` (any case)."""
        lower = name.lower()
        for key, value in self.headers:
            if key.lower() == lower:
                return value
        return default

    @property
    def path(self) -> str:
        """The decoded path (UTF-8; raises BadRequest when it is not valid UTF-8)."""
        if self._path is None:
            target = self.target
            if (target[:1] == "/" and target[1:2] != "/" and target.isascii() and "?" not in target
                    and "%" not in target and "#" not in target):
                self._path = target  # the common case: nothing to split or decode
                return target
            raw = urlsplit(target).path or "/"
            try:
                self._path = unquote_to_bytes(raw).decode("utf-8")
            except UnicodeDecodeError:
                raise BadRequest("the path is not valid UTF-8") from None
        return self._path

    @property
    def query(self) -> str:
        return urlsplit(self.target).query

    def query_pairs(self) -> list[tuple[str, str]]:
        return parse_qsl(self.query, keep_blank_values=True, errors="replace")


@dataclass(eq=False)
class FileBody:
    """A body read from a file when it is sent (large static files)."""

    path: str
    offset: int
    length: int


class StreamBody:
    """A body sent in chunks while 4D code still runs (WEB SEND RAW DATA with *).

    The web process pushes pieces (None ends the body); the engine binds a sink when
    it has written the head, and pieces pushed before that wait here, in order.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._pending: list[bytes | None] = []
        self._sink = None
        self.ended = False

    def push(self, data: bytes | None) -> None:
        if data is None:
            self.ended = True
        with self._lock:  # the sink only schedules: calling it under the lock keeps the order
            if self._sink is None:
                self._pending.append(data)
            else:
                self._sink(data)

    def bind(self, sink) -> None:
        with self._lock:
            self._sink = sink
            pending, self._pending = self._pending, []
            for data in pending:
                sink(data)


@dataclass(eq=False, slots=True)
class Response:
    status: int = 200
    headers: list[tuple[str, str]] = field(default_factory=list)
    body: bytes | FileBody | StreamBody = b""
    close: bool = False  # close the connection after this response
    compressible: bool = True  # gzip may apply when the client accepts it

    def header(self, name: str, default: str = "") -> str:
        lower = name.lower()
        for key, value in self.headers:
            if key.lower() == lower:
                return value
        return default

    def set_header(self, name: str, value: str) -> None:
        lower = name.lower()
        self.headers = [(k, v) for k, v in self.headers if k.lower() != lower]
        self.headers.append((name, value))


def reason(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Unknown"


def text_response(status: int, text: str = "", headers: list[tuple[str, str]] | None = None,
                  close: bool = False) -> Response:
    """A short plain-text answer (errors and refusals)."""
    body = (text or f"{status} {reason(status)}\n").encode("utf-8")
    return Response(status, [("Content-Type", "text/plain; charset=utf-8"), *(headers or [])], body, close)


def body_length(body: bytes | FileBody) -> int:
    return body.length if isinstance(body, FileBody) else len(body)


def read_file_body(body: FileBody) -> bytes:
    with open(body.path, "rb") as fh:
        fh.seek(body.offset)
        return fh.read(body.length)


def file_size(path: str) -> int:
    return os.stat(path).st_size
