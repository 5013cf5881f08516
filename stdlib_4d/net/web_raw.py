"""WEB SEND RAW DATA: an answer written as raw HTTP by 4D code, whole or in chunks.

Stage: stdlib, command (acts on the request the current web process
answers; outside a web process it does nothing). The data holds a head and
a body; the head is completed as 4D documents: a missing status line
becomes "HTTP/1.1 200" (302 when the head has a Location), header lines
that are not "Name: value" are dropped, and the engine writes
Content-Length/Connection itself. Data that starts with neither a status
line nor a header line is all body. With `*`, the head goes out at once
with Transfer-Encoding: chunked and every later WEB SEND RAW DATA of the
request (with or without `*`) is a chunk, until the method ends; an
HTTP/1.0 client gets the same data unchunked when the method ends.
Without `*`, later calls add to the body (docs/decisions.md).
"""

from __future__ import annotations

import re

from runtime.registry import command
from runtime.values import STAR, UNDEF
from stdlib_4d.blob import read_bytes
from stdlib_4d.net.http_messages import Response, StreamBody
from stdlib_4d.net.web_send import web_context

_HEADER_LINE = re.compile(rb"^[!#$%&'*+.^_`|~0-9A-Za-z-]+[ \t]*:")
_STATUS = re.compile(r"^HTTP/\d(?:\.\d)?\s+(\d{3})\b", re.I)


def parse_raw(data: bytes) -> Response:
    """The response a raw head and body describe, completed where 4D completes it."""
    status = None
    headers: list[tuple[str, str]] = []
    body = data
    if data[:5].upper() == b"HTTP/" or _HEADER_LINE.match(data):
        ends = [(i, len(sep)) for sep in (b"\r\n\r\n", b"\n\n") if (i := data.find(sep)) >= 0]
        if ends:
            at, size = min(ends)
            head, body = data[:at], data[at + size:]
        else:
            head, body = data, b""
        lines = head.decode("latin-1").splitlines()
        if lines and lines[0][:5].upper() == "HTTP/":
            found = _STATUS.match(lines[0])
            if found:
                status = int(found.group(1))
            lines = lines[1:]
        for line in lines:
            name, sep, value = line.partition(":")
            if sep and _HEADER_LINE.match(f"{name}:".encode("latin-1", "replace")):
                headers.append((name.strip(), value.strip()))
    if status is None:
        status = 302 if any(name.lower() == "location" for name, _ in headers) else 200
    return Response(status, headers, body, compressible=False)


@command("WEB SEND RAW DATA")
def web_send_raw_data(data, star=UNDEF):
    """WEB SEND RAW DATA(data{; *}): the answer as raw HTTP (head and body), chunked with *."""
    raw = read_bytes(data, "WEB SEND RAW DATA", 1)
    ctx = web_context()
    if ctx is None:
        return
    if ctx.stream is not None:
        ctx.stream.push(raw)  # a chunk of the answer already under way
        return
    if ctx.raw is not None:
        ctx.raw.body += raw
        return
    response = parse_raw(raw)
    if star is not STAR or ctx.request.version == "1.0" or ctx.reply is None:
        ctx.raw = response  # sent when the method ends
        return
    body, response.body = response.body, StreamBody()
    ctx.stream = response.body
    ctx._finish(response)
    response.headers += ctx.request.cors_headers or []
    ctx.reply(response)
    if body:
        ctx.stream.push(body)
