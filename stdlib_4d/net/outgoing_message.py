"""4D.OutgoingMessage: the response a request handler returns.

Stage: stdlib, built-in class. `setBody()` stores Text, Blob, Object (or
Collection) or Picture and sets Content-Type from the type; `setHeader()`
and `setStatus()` check their parameters; `.body` may also be assigned
directly. `response_for()` turns what a handler returned into the HTTP
response: an OutgoingMessage as built, and any other value the way
setBody() would send it (nothing at all: an empty 200).
"""

from __future__ import annotations

from runtime import json4d
from runtime.classes import register_builtin
from runtime.codes import err, type_name
from runtime.native import Native
from runtime.values import UNDEF, Coll, Obj, Picture, SharedColl, SharedObj
from stdlib_4d.net.http_messages import Response

_PICTURE_TYPES = ((b"\x89PNG", "image/png"), (b"\xff\xd8", "image/jpeg"), (b"GIF8", "image/gif"),
                  (b"<svg", "image/svg+xml"), (b"<?xml", "image/svg+xml"), (b"BM", "image/bmp"),
                  (b"II*\x00", "image/tiff"), (b"MM\x00*", "image/tiff"), (b"RIFF", "image/webp"))


def picture_type(data: bytes) -> str:
    for magic, kind in _PICTURE_TYPES:
        if data.startswith(magic):
            return kind
    return "application/octet-stream"


def body_type(body, who: str) -> str:
    """The Content-Type setBody() gives a body value; an error for other types."""
    if type(body) is str:
        return "text/plain; charset=utf-8"
    if isinstance(body, (bytes, bytearray)) or getattr(body, "class_path", "") == "4D.Blob":
        return "application/octet-stream"
    if isinstance(body, Picture):
        return picture_type(body.data)
    if isinstance(body, (Obj, Coll)):
        return "application/json; charset=utf-8"
    raise err("bad_param_type", index=1, callee=who,
              detail=f"Text, Blob, Object or Picture expected, got {type_name(body)}")


_JSON_TYPES = frozenset((Obj, SharedObj, Coll, SharedColl))
_JSON = "application/json; charset=utf-8"


def encode_body(body, who: str) -> tuple[bytes, str]:
    """(bytes, content type) of a body value; an error for other types."""
    if type(body) in _JSON_TYPES:  # the usual answer of a REST handler
        return json4d.stringify(body).encode("utf-8"), _JSON
    if type(body) is str:
        return body.encode("utf-8"), "text/plain; charset=utf-8"
    if isinstance(body, (bytes, bytearray)):
        return bytes(body), "application/octet-stream"
    if getattr(body, "class_path", "") == "4D.Blob":
        return bytes(body.data), "application/octet-stream"
    if isinstance(body, Picture):
        return body.data, picture_type(body.data)
    if isinstance(body, (Obj, Coll)):
        return json4d.stringify(body).encode("utf-8"), "application/json; charset=utf-8"
    raise err("bad_param_type", index=1, callee=who,
              detail=f"Text, Blob, Object or Picture expected, got {type_name(body)}")


class OutgoingMessage(Native):
    """The headers object is made when 4D code first reads it or sets a header: until then,
    the Content-Type setBody() chose is all there is (most handlers never look)."""

    class_path = "4D.OutgoingMessage"
    __slots__ = ("body", "status", "_headers", "_type")

    def __init__(self, *_ignored) -> None:  # (4D.OutgoingMessage.new() takes no parameters)
        self.body = UNDEF
        self.status = 200
        self._headers: Obj | None = None
        self._type: str | None = None  # Content-Type from setBody() while _headers is None

    @property
    def headers(self) -> Obj:
        headers = self._headers
        if headers is None:
            headers = self._headers = Obj()
            if self._type is not None:
                dict.__setitem__(headers, "Content-Type", self._type)
                self._type = None
        return headers

    def set_body(self, body=UNDEF) -> None:
        kind = _JSON if type(body) in _JSON_TYPES else body_type(body, "OutgoingMessage.setBody")
        self.body = body
        if self._headers is None:
            self._type = kind
        else:
            self._replace("Content-Type", kind)  # (as setHeader would: one Content-Type, any case)

    def set_header(self, key=UNDEF, value=UNDEF) -> None:
        if type(key) is not str or type(value) is not str:
            bad = 1 if type(key) is not str else 2
            raise err("bad_param_type", index=bad, callee="OutgoingMessage.setHeader",
                      detail=f"Text expected, got {type_name(key if bad == 1 else value)}")
        self._replace(key, value)

    def _replace(self, key: str, value: str) -> None:
        headers = self.headers
        lower = key.lower()
        for existing in list(dict.keys(headers)):
            if existing.lower() == lower:
                dict.__delitem__(headers, existing)
        dict.__setitem__(headers, key, value)

    def set_status(self, status=UNDEF) -> None:
        t = type(status)
        if t is float:
            code = int(status) if -1e9 < status < 1e9 else -1  # (not NaN nor infinite)
            if code != status:
                code = -1
        elif t is int:
            code = status
        else:
            code = -1
        if code == -1:
            raise err("bad_param_type", index=1, callee="OutgoingMessage.setStatus",
                      detail=f"an Integer is expected, got {type_name(status)}")
        if not 100 <= code <= 999:
            raise err("bad_value", detail=f"OutgoingMessage.setStatus: {code} is not an HTTP status")
        self.status = code

    def response(self) -> Response:
        body = self.body
        if self._headers is None:
            if body is UNDEF or body is None:
                return Response(self.status, [("Content-Type", self._type)] if self._type else [], b"")
            data, kind = encode_body(body, "OutgoingMessage.body")
            return Response(self.status, [("Content-Type", self._type or kind)], data)
        headers = [(k, v if type(v) is str else str(v)) for k, v in dict.items(self._headers)]
        data = b""
        if body is not UNDEF and body is not None:
            data, kind = encode_body(body, "OutgoingMessage.body")
            for k, _ in headers:
                if k.lower() == "content-type":
                    break
            else:
                headers.insert(0, ("Content-Type", kind))
        return Response(self.status, headers, data)


def _set_body_prop(m: OutgoingMessage, value) -> None:
    body_type(value, "OutgoingMessage.body")
    m.body = value


OutgoingMessage.props4d = {
    "body": lambda m: m.body,
    "headers": lambda m: m.headers,
    "status": lambda m: float(m.status),
}
OutgoingMessage.setters4d = {"body": _set_body_prop}
OutgoingMessage.funcs4d = {"setBody": OutgoingMessage.set_body, "setHeader": OutgoingMessage.set_header,
                           "setStatus": OutgoingMessage.set_status}
register_builtin("OutgoingMessage", OutgoingMessage, new=OutgoingMessage)


def response_for(result) -> Response:
    """The HTTP response for what a request handler returned."""
    if isinstance(result, OutgoingMessage):
        return result.response()
    if result is UNDEF or result is None:
        return Response(200, [("Content-Type", "text/plain; charset=utf-8")], b"")
    body, kind = encode_body(result, "the request handler's result")
    return Response(200, [("Content-Type", kind)], body)


