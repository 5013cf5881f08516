"""The Web commands that read the request: WEB GET HTTP BODY / HEADER / VARIABLES / BODY PART.

Stage: stdlib, commands. They read the request the current web process
answers (web_request.WebContext); outside a web process they give empty
results. Form variables come from the query string and from a body sent as
application/x-www-form-urlencoded or multipart/form-data; body parts are
parsed with the standard library's email parser.
"""

from __future__ import annotations

from email.parser import BytesParser
from email.policy import HTTP
from urllib.parse import parse_qsl

from runtime.codes import err
from runtime.process import current
from runtime.registry import command
from runtime.support import out_target
from runtime.values import UNDEF, Pointer
from stdlib_4d import args
from stdlib_4d.net.incoming_message import body_text
from stdlib_4d.net.web_send import web_context


def _store(target, value, cmd: str, index: int) -> None:
    target = out_target(target)
    if type(target) is not Pointer:
        raise err("bad_param_type", index=index, callee=cmd, detail="a variable is expected")
    target.set(value)


def _wants_blob(target) -> bool:
    target = out_target(target)
    current_value = target.get() if type(target) is Pointer else target
    return isinstance(current_value, (bytes, bytearray))


def _fill_array(target, values: list[str], cmd: str, index: int) -> None:
    """Fill a Text array variable (Array4D of runtime/arrays.py) with `values`."""
    target = out_target(target)
    array = target.get() if type(target) is Pointer else target
    redim = getattr(array, "redim", None)
    if redim is None:
        raise err("bad_param_type", index=index, callee=cmd, detail="a Text array is expected")
    redim("text", 0)
    redim("text", len(values))
    array.items[1:] = list(values)


@command("WEB GET HTTP BODY", outputs=(1,))
def web_get_http_body(body):
    """WEB GET HTTP BODY(body): the request's body as is (a Blob variable gets bytes, else text)."""
    ctx = web_context()
    raw = ctx.request.body if ctx is not None else b""
    if _wants_blob(body):
        _store(body, bytearray(raw), "WEB GET HTTP BODY", 1)
    else:
        _store(body, body_text(ctx.request) if ctx is not None else "", "WEB GET HTTP BODY", 1)


def _head_fields() -> list[tuple[str, str]]:
    ctx = web_context()
    if ctx is None:
        return []
    request = ctx.request
    return [("X-METHOD", request.method), ("X-URL", request.target), ("X-VERSION", f"HTTP/{request.version}"),
            *request.headers]


@command("WEB GET HTTP HEADER", outputs=(1, 2))
def web_get_http_header(header, values=UNDEF):
    """WEB GET HTTP HEADER(header) or (fieldArray; valueArray): the request line and header fields."""
    fields = _head_fields()
    if values is UNDEF:
        if not fields:
            _store(header, "", "WEB GET HTTP HEADER", 1)
            return
        method, url, version = (v for _, v in fields[:3])
        lines = [f"{method} {url} {version}"] + [f"{k}: {v}" for k, v in fields[3:]]
        _store(header, "\r\n".join(lines), "WEB GET HTTP HEADER", 1)
        return
    _fill_array(header, [k for k, _ in fields], "WEB GET HTTP HEADER", 1)
    _fill_array(values, [v for _, v in fields], "WEB GET HTTP HEADER", 2)


def form_variables(ctx) -> list[tuple[str, str]]:
    """Names and values of the submitted form: query string, then urlencoded or multipart body."""
    if ctx._form is not None:
        return ctx._form
    request = ctx.request
    pairs = list(request.query_pairs())
    kind = request.header("Content-Type").lower()
    if kind.startswith("application/x-www-form-urlencoded"):
        pairs += parse_qsl(body_text(request), keep_blank_values=True)
    elif kind.startswith("multipart/form-data"):
        for name, content, _mime, filename in body_parts(ctx):
            if not filename:
                pairs.append((name, content.decode("utf-8", "replace")))
            else:
                pairs.append((name, filename))
    ctx._form = pairs
    return pairs


def body_parts(ctx) -> list[tuple[str, bytes, str, str]]:
    """(name, content, MIME type, file name) of each part of a multipart body."""
    if ctx._parts is not None:
        return ctx._parts
    request = ctx.request
    parts = []
    kind = request.header("Content-Type")
    if kind.lower().startswith("multipart/"):
        message = BytesParser(policy=HTTP).parsebytes(
            f"Content-Type: {kind}\r\n\r\n".encode("latin-1") + request.body)
        for part in message.iter_parts() if message.is_multipart() else ():
            name = part.get_param("name", header="content-disposition") or ""
            filename = part.get_filename() or ""
            mime = part.get_content_type() if part.get("Content-Type") else ""
            parts.append((str(name), part.get_payload(decode=True) or b"", mime, filename))
    ctx._parts = parts
    return parts


@command("WEB GET VARIABLES", outputs=(1, 2))
def web_get_variables(names, values):
    """WEB GET VARIABLES(nameArray; valueArray): the variables of the submitted form (GET or POST)."""
    ctx = web_context()
    pairs = form_variables(ctx) if ctx is not None else []
    _fill_array(names, [k for k, _ in pairs], "WEB GET VARIABLES", 1)
    _fill_array(values, [v for _, v in pairs], "WEB GET VARIABLES", 2)


@command("WEB Get body part count", returns="real")
def web_get_body_part_count():
    """The number of parts of a multipart request (0 otherwise)."""
    ctx = web_context()
    return float(len(body_parts(ctx))) if ctx is not None else 0.0


@command("WEB GET BODY PART", outputs=(2, 3, 4, 5))
def web_get_body_part(part, contents, name, mime=UNDEF, filename=UNDEF):
    """WEB GET BODY PART(part; contents; name{; mimeType; fileName}): one part of a multipart request."""
    cmd = "WEB GET BODY PART"
    number = args.integer(part, cmd, 1)
    ctx = web_context()
    parts = body_parts(ctx) if ctx is not None else []
    if not 1 <= number <= len(parts):
        raise err("bad_value", detail=f"{cmd}: there is no part {number} ({len(parts)} part(s))")
    part_name, content, part_mime, part_file = parts[number - 1]
    if _wants_blob(contents):
        _store(contents, bytearray(content), cmd, 2)
    else:
        _store(contents, content.decode("utf-8", "replace"), cmd, 2)
    _store(name, part_name, cmd, 3)
    if mime is not UNDEF:
        _store(mime, part_mime, cmd, 4)
    if filename is not UNDEF:
        _store(filename, part_file, cmd, 5)


@command("WEB Get current session ID", returns="text")
def web_get_current_session_id():
    """The UUID of the web session of the request ("" outside a web session)."""
    session = getattr(current(), "web_session", None)
    return session.id if session is not None else ""
