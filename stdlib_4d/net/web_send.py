"""The Web commands that build the reply: WEB SEND TEXT / BLOB / FILE / HTTP REDIRECT, WEB SET HTTP HEADER.

Stage: stdlib, commands. They act on the request the current web process
answers (web_request.WebContext); outside a web process they do nothing,
as 4D documents for WEB SEND FILE. 4D transformation tags in the sent text,
text/html BLOB or template file are processed (web_templates.py).
"""

from __future__ import annotations

import mimetypes
import os

from runtime.codes import err
from runtime.process import current
from runtime.registry import command
from runtime.support import out_target
from runtime.values import STAR, UNDEF, Pointer
from stdlib_4d import args
from stdlib_4d.blob import read_bytes
from stdlib_4d.net.web_request import WebContext, encode_url


def web_context() -> WebContext | None:
    return getattr(current(), "web", None)


def mime_type(kind: str) -> str | None:
    """WEB SEND BLOB's type: "" (none), an extension (".gif") or a MIME type."""
    if not kind:
        return None
    if kind.startswith("."):
        guessed = mimetypes.guess_type("x" + kind.lower())[0]
        return guessed or "application/octet-stream"
    return kind


@command("WEB SEND TEXT")
def web_send_text(text, kind=UNDEF):
    """WEB SEND TEXT(htmlText{; type}): the reply's body (text/html unless a type is given)."""
    body = args.text(text, "WEB SEND TEXT", 1)
    mime = "text/html" if kind is UNDEF else args.text(kind, "WEB SEND TEXT", 2) or "text/html"
    ctx = web_context()
    if ctx is None:
        return
    from stdlib_4d.net import web_templates

    body = web_templates.process(body, _root(ctx))
    charset = getattr(ctx.app, "charset", "UTF-8")  # Web character set (WEB SET OPTION 17)
    if mime.startswith("text/") and "charset" not in mime.lower():
        mime += "; charset=" + ("utf-8" if charset == "UTF-8" else charset)
    ctx.body, ctx.content_type, ctx.file = body.encode(getattr(ctx.app, "codec", "utf-8"), "replace"), mime, None


@command("WEB SEND BLOB")
def web_send_blob(blob, kind):
    """WEB SEND BLOB(blob; type): the reply's body, of the MIME type or extension given ("" for none)."""
    data = read_bytes(blob, "WEB SEND BLOB", 1)
    mime = mime_type(args.text(kind, "WEB SEND BLOB", 2))
    ctx = web_context()
    if ctx is None:
        return
    if mime is not None and mime.lower().startswith("text/html") and b"<!--#" in data:
        from stdlib_4d.net import web_templates

        codec = getattr(ctx.app, "codec", "utf-8")
        text = bytes(data).decode(codec, "replace")
        data = web_templates.process(text, _root(ctx)).encode(codec, "replace")
    ctx.body, ctx.content_type, ctx.file = data, mime, None


def _root(ctx) -> str:
    return ctx.app.root or ctx.app.server.project_root()


@command("WEB SEND FILE")
def web_send_file(path):
    """WEB SEND FILE(htmlFile): send a file of the root folder (OK is 1 if it exists, else 0)."""
    from stdlib_4d.net import static_files

    name = args.text(path, "WEB SEND FILE", 1)
    ctx = web_context()
    proc = current()
    if ctx is None:
        return
    root = _root(ctx)
    relative = name.replace(os.sep, "/") if os.sep != "/" else name
    if os.path.isabs(name):
        real_root = os.path.realpath(root)
        relative = os.path.relpath(os.path.realpath(name), real_root) if name else ""
    found = static_files.resolve(root, "/" + relative) if relative and not relative.startswith("..") else None
    if found is None:
        proc.vars["ok"] = 0.0
        raise err("web_file_not_found", path=name)
    from stdlib_4d.net import web_templates

    proc.vars["ok"] = 1.0
    if web_templates.parsed_by_send_file(found):
        page = web_templates.process_file(found, root, dollar=False)
        if page is not None:
            ctx.file, ctx.body, ctx.content_type = None, page, static_files.content_type(found)
            return
    ctx.file, ctx.body = found, None


@command("WEB SEND HTTP REDIRECT")
def web_send_http_redirect(url, star=UNDEF):
    """WEB SEND HTTP REDIRECT(url{; *}): answer 302 Found with Location: url (encoded unless *)."""
    target = args.text(url, "WEB SEND HTTP REDIRECT", 1)
    ctx = web_context()
    if ctx is None:
        return
    ctx.redirect = target if star is STAR else encode_url(target)


@command("WEB SET HTTP HEADER")
def web_set_http_header(header, values=UNDEF):
    """WEB SET HTTP HEADER(header) or (fieldArray; valueArray): fields of the reply's head.

    X-STATUS sets the status ("301" or "301 Moved Permanently"); a first line
    "HTTP/1.x 200 OK" in the text form does too.
    """
    if values is UNDEF:
        text = args.text(_value(header), "WEB SET HTTP HEADER", 1)
        fields = _parse_header_text(text)
    else:
        names, contents = _array_items(header, 1), _array_items(values, 2)
        fields = list(zip(names, contents))
    ctx = web_context()
    if ctx is None:
        return
    for name, value in fields:
        if name.upper() == "X-STATUS":
            code = value.strip().split(" ", 1)[0]
            if code.isdigit():
                ctx.status = int(code)
            continue
        if name.upper() == "X-VERSION":
            continue
        ctx.headers.append((name, value))


def _value(param):
    target = out_target(param)
    return target.get() if type(target) is Pointer else target


def _parse_header_text(text: str) -> list[tuple[str, str]]:
    out = []
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if not line.strip():
            continue
        if line.upper().startswith("HTTP/"):
            parts = line.split(" ", 2)
            if len(parts) >= 2:
                out.append(("X-STATUS", " ".join(parts[1:])))
            continue
        name, sep, value = line.partition(":")
        if sep:
            out.append((name.strip(), value.strip()))
    return out


def _array_items(param, index: int) -> list[str]:
    array = _value(param)
    items = getattr(array, "items", None)
    if not isinstance(items, list):
        raise err("bad_param_type", index=index, callee="WEB SET HTTP HEADER", detail="a Text array is expected")
    return [str(v) for v in items[1:]]
