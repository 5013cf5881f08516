"""4D.IncomingMessage: the request a request handler receives.

Stage: stdlib, built-in class (read-only). Header names are lowercased (a
header sent several times gives its values joined with ", "); urlPath is
the decoded path split on "/", urlQuery the query parameters as text. The
body is read with getText() (the charset of Content-Type, else UTF-8),
getBlob(), getJSON() (a JSON error when the body is not JSON) and
getPicture() (Null unless Content-Type says image/...).
"""

from __future__ import annotations

import codecs

from runtime import json4d
from runtime.classes import register_builtin
from runtime.native import Native
from runtime.values import Coll, Obj, Picture
from stdlib_4d import args
from stdlib_4d.net.http_messages import Request


def body_text(request: Request) -> str:
    kind = request.header("Content-Type")
    charset = "utf-8"
    for part in kind.split(";")[1:]:
        name, _, value = part.strip().partition("=")
        if name.lower() == "charset" and value:
            charset = value.strip('"')
    try:
        codecs.lookup(charset)
    except LookupError:
        charset = "utf-8"
    return request.body.decode(charset, errors="replace")


class IncomingMessage(Native):
    class_path = "4D.IncomingMessage"
    __slots__ = ("request", "_headers")

    def __init__(self, request: Request) -> None:
        self.request = request
        self._headers: Obj | None = None

    def headers(self) -> Obj:
        if self._headers is None:
            out = Obj()
            for name, value in self.request.headers:
                key = name.lower()
                previous = dict.get(out, key)
                dict.__setitem__(out, key, value if previous is None else f"{previous}, {value}")
            self._headers = out
        return self._headers

    def url_path(self) -> Coll:
        return Coll([part for part in self.request.path.split("/") if part])

    def url_query(self) -> Obj:
        out = Obj()
        for name, value in self.request.query_pairs():
            dict.__setitem__(out, name, value)
        return out

    def get_header(self, key) -> str:
        name = args.text(key, "IncomingMessage.getHeader", 1).lower()
        value = dict.get(self.headers(), name)
        return value if value is not None else ""

    def get_blob(self):
        from stdlib_4d.blob import Blob4D

        return Blob4D(self.request.body)

    def get_json(self):
        return json4d.parse(body_text(self.request))

    def get_picture(self):
        if not self.request.header("Content-Type").lower().startswith("image/") or not self.request.body:
            return None
        return Picture(self.request.body)


IncomingMessage.props4d = {
    "headers": IncomingMessage.headers,
    "url": lambda m: m.request.target,
    "urlPath": IncomingMessage.url_path,
    "urlQuery": IncomingMessage.url_query,
    "verb": lambda m: m.request.method,
}
IncomingMessage.funcs4d = {
    "getBlob": IncomingMessage.get_blob,
    "getHeader": IncomingMessage.get_header,
    "getJSON": IncomingMessage.get_json,
    "getPicture": IncomingMessage.get_picture,
    "getText": lambda m: body_text(m.request),
}
register_builtin("IncomingMessage", IncomingMessage)
