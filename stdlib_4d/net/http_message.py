"""HTTP Parse message: an HTTP request or response message (multipart or not) as an object.

Stage: stdlib, one command (no I/O). The start line is kept as
`requestLine` (or `statusLine` for a response), the headers as an object
with their names as written, and a multipart body as `parts`, each with
its `headers`, `contentType`, `contentID` (without angle brackets),
`name` and `fileName` for form data, and `content` (Text for textual
types, a 4D.Blob otherwise). A body that is not multipart is `body`.
Python's email package splits the parts (RFC 2046).
"""

from __future__ import annotations

import re
from email import policy
from email.parser import BytesParser

from runtime.codes import err, type_name
from runtime.registry import command
from runtime.values import UNDEF, Coll, Obj
from stdlib_4d.blob import Blob4D
from stdlib_4d.net import http_body

_START = re.compile(rb"^(?:[A-Z][A-Z0-9_-]* \S+ HTTP/\d(?:\.\d)?|HTTP/\d(?:\.\d)? \d{3}(?: [^\r\n]*)?)\r?\n")
_TEXTUAL = ("application/http", "application/json")


def _headers(msg) -> Obj:
    out = Obj()
    for name, value in msg.raw_items():
        value = str(value).strip()
        old = dict.get(out, name, UNDEF)
        if old is UNDEF:
            dict.__setitem__(out, name, value)
        elif isinstance(old, Coll):
            old.append(value)
        else:
            dict.__setitem__(out, name, Coll([old, value]))
    return out


def _content(data: bytes, content_type: str, has_file: bool):
    mime, charset = http_body.media_type(content_type or "text/plain")
    textual = not has_file and (http_body.auto_type(mime) != "blob" or mime.startswith(_TEXTUAL))
    if textual:
        return http_body.decode_text(data, charset)
    return Blob4D(data)


def _part(msg) -> Obj:
    o = Obj()
    dict.__setitem__(o, "headers", _headers(msg))
    content_type = msg.get("Content-Type", "")
    dict.__setitem__(o, "contentType", http_body.media_type(content_type)[0] if content_type else "text/plain")
    content_id = msg.get("Content-ID")
    if content_id:
        dict.__setitem__(o, "contentID", str(content_id).strip().strip("<>"))
    name = msg.get_param("name", header="content-disposition")
    filename = msg.get_filename()
    if name:
        dict.__setitem__(o, "name", str(name))
    if filename:
        dict.__setitem__(o, "fileName", str(filename))
    if msg.is_multipart():
        dict.__setitem__(o, "parts", Coll(_part(p) for p in msg.iter_parts()))
    else:
        data = msg.get_payload(decode=True) or b""
        dict.__setitem__(o, "content", _content(data, content_type, bool(filename)))
    return o


@command("HTTP Parse message", returns="object")
def http_parse_message(data):
    """HTTP Parse message(data): the start line, headers and parts of an HTTP message (Text or Blob)."""
    if type(data) is str:
        raw = data.encode("utf-8")
    elif isinstance(data, (bytes, bytearray)):
        raw = bytes(data)
    elif type(data) is Blob4D:
        raw = data.data
    else:
        raise err("bad_param_type", index=1, callee="HTTP Parse message",
                  detail=f"Text or Blob expected, got {type_name(data)}")
    raw = raw.lstrip(b"\r\n")
    out = Obj()
    start = _START.match(raw)
    if start is not None:
        line = start.group(0).rstrip(b"\r\n").decode("latin-1")
        dict.__setitem__(out, "statusLine" if line.startswith("HTTP/") else "requestLine", line)
        raw = raw[start.end():]
    msg = BytesParser(policy=policy.HTTP).parsebytes(raw)
    dict.__setitem__(out, "headers", _headers(msg))
    if msg.is_multipart():
        dict.__setitem__(out, "parts", Coll(_part(p) for p in msg.iter_parts()))
    else:
        body = msg.get_payload(decode=True) or b""
        if body.strip():
            dict.__setitem__(out, "body", _content(body, msg.get("Content-Type", ""), False))
    return out
