"""HTTP bodies and headers between 4D values and bytes (client side).

Stage: stdlib, no I/O. A request body is Text (in an encoding), a Blob, a
4D.Blob or an Object/Collection (JSON), each with its default Content-Type;
a response body becomes Text, a 4D.Blob or an Object according to a
dataType ("auto" reads the MIME type). Content-Encoding gzip/deflate is
undone here, also piece by piece for onData. Headers come in as an object
(a collection value repeats a header) and go out as objects keyed by the
lower-case (`headers`) or original (`rawHeaders`) names.
"""

from __future__ import annotations

import codecs
import re
import zlib

from runtime import json4d
from runtime.codes import err, type_name
from runtime.convert import to_text
from runtime.native import Native
from runtime.values import UNDEF, Coll, Obj
from stdlib_4d.blob import Blob4D

DATA_TYPES = ("text", "blob", "object", "auto")
TEXT_TYPES = ("text/", "application/javascript", "application/x-javascript", "application/ecmascript",
              "application/xml", "message/http", "application/x-www-form-urlencoded")


def charset_codec(name: str) -> str | None:
    """The Python codec for a charset name (4D's names first, then Python's)."""
    from stdlib_4d.blob_codecs import codec_for

    found = codec_for(name, "charset", 1)
    if found is not None:
        return found
    try:
        return codecs.lookup(name.strip().strip('"')).name
    except LookupError:
        return None


# ---------------------------------------------------------------- requests


def request_body(body, encoding: str, who: str) -> tuple[bytes | None, str | None]:
    """(bytes, default Content-Type) for a request body (undefined: no body)."""
    if body is UNDEF:
        return None, None
    if type(body) is str:
        codec = charset_codec(encoding)
        if codec is None:
            raise err("bad_value", detail=f"{who}: unknown encoding \"{encoding}\"")
        return body.encode(codec, errors="replace"), f"text/plain; charset={encoding}"
    if isinstance(body, (bytes, bytearray)):
        return bytes(body), "application/octet-stream"
    if type(body) is Blob4D:
        return body.data, "application/octet-stream"
    if isinstance(body, (Obj, Coll)) or body is None:
        return json4d.stringify(body).encode("utf-8"), "application/json"
    if isinstance(body, Native):
        return json4d.stringify(body).encode("utf-8"), "application/json"
    raise err("bad_param_type", index=2, callee=who,
              detail=f"the body must be a Text, a Blob or an Object, not {type_name(body)}")


def header_pairs(headers, who: str) -> list[tuple[str, str]]:
    """An object of headers as (name, value) pairs; a collection value repeats the header."""
    if headers is UNDEF or headers is None:
        return []
    if not isinstance(headers, Obj):
        raise err("bad_param_type", index=2, callee=who, detail=f"headers must be an object, not {type_name(headers)}")
    out = []
    for name, value in dict.items(headers):
        for v in (list(value) if isinstance(value, Coll) else [value]):
            text = v if type(v) is str else to_text(v)
            if "\r" in text or "\n" in text or "\r" in name or "\n" in name or not name:
                raise err("bad_value", detail=f"{who}: the header \"{name}\" has an invalid name or value")
            out.append((name, text))
    return out


# ---------------------------------------------------------------- responses


def headers_objects(raw: list[tuple[str, str]]) -> tuple[Obj, Obj]:
    """(headers with lower-case names, rawHeaders as received); repeated names give collections."""
    lower, original = Obj(), Obj()
    for name, value in raw:
        for target, key in ((lower, name.lower()), (original, name)):
            old = dict.get(target, key, UNDEF)
            if old is UNDEF:
                dict.__setitem__(target, key, value)
            elif isinstance(old, Coll):
                old.append(value)
            else:
                dict.__setitem__(target, key, Coll([old, value]))
    return lower, original


def header(raw: list[tuple[str, str]], name: str) -> str:
    low = name.lower()
    return next((v for n, v in raw if n.lower() == low), "")


def media_type(content_type: str) -> tuple[str, str | None]:
    """("type/subtype" in lower case, charset or None)."""
    main, _, params = content_type.partition(";")
    m = re.search(r'charset\s*=\s*"?([^";\s]+)', params, re.IGNORECASE)
    return main.strip().lower(), (m.group(1) if m else None)


def decode_text(data: bytes, charset: str | None) -> str:
    """Text from bytes: a byte order mark, then the header's charset, then UTF-8 (Latin-1 if that fails)."""
    for bom, codec in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                       (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            return data[len(bom):].decode(codec, errors="replace")
    codec = charset_codec(charset) if charset else None
    if codec is not None:
        return data.decode(codec, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def auto_type(mime: str) -> str:
    if mime == "application/json" or mime.endswith("+json"):
        return "object"
    if mime.startswith(TEXT_TYPES) or mime.endswith("+xml"):
        return "text"
    return "blob"


def body_value(data: bytes, content_type: str, data_type: str):
    """A response body as the dataType asks ("auto": from the MIME type)."""
    mime, charset = media_type(content_type)
    kind = auto_type(mime) if data_type == "auto" else data_type
    if kind == "blob":
        return Blob4D(data)
    text = decode_text(data, charset)
    if kind == "text":
        return text
    try:
        return json4d.parse(text)
    except Exception:  # not JSON: "auto" keeps the text, "object" gives Null (docs/decisions.md)
        return text if data_type == "auto" else None


class Decoder:
    """Undoes a Content-Encoding (gzip, deflate), whole or piece by piece."""

    def __init__(self, encoding: str) -> None:
        self.encoding = encoding.strip().lower()
        self.active = self.encoding in ("gzip", "x-gzip", "deflate")
        self._z = self._new() if self.active else None
        self._raw_deflate_tried = False

    def _new(self, raw: bool = False):
        if self.encoding == "deflate":
            return zlib.decompressobj(-zlib.MAX_WBITS if raw else zlib.MAX_WBITS)
        return zlib.decompressobj(16 + zlib.MAX_WBITS)

    def feed(self, data: bytes) -> bytes:
        if not self.active:
            return data
        try:
            return self._z.decompress(data)
        except zlib.error:
            if self.encoding == "deflate" and not self._raw_deflate_tried:
                # Some servers send raw deflate, without the zlib wrapper RFC 9110 asks for.
                self._raw_deflate_tried = True
                self._z = self._new(raw=True)
                return self.feed(data)
            raise

    def whole(self, data: bytes) -> bytes:
        out = self.feed(data)
        return out + (self._z.flush() if self.active else b"")
