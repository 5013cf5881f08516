"""Static files: which file answers an HTTP path, and the response that sends it.

Stage: stdlib support for the Web server (no networking; it stats and
reads files). A request path never leaves the root folder: `..`, encoded
separators and symbolic links pointing outside are refused, and the check
is made on the file actually served (an index file that is a link to the
outside is refused like any other). Responses carry Last-Modified and a
strong ETag, answer If-None-Match / If-Modified-Since with 304, and single
byte ranges with 206 (416 when unsatisfiable).
"""

from __future__ import annotations

import email.utils
import mimetypes
import os

from stdlib_4d.net.http_messages import FileBody, Request, Response, text_response

INDEX_FILES = ("index.html", "index.htm")
_EXTRA_TYPES = {".js": "text/javascript", ".mjs": "text/javascript", ".css": "text/css",
                ".json": "application/json", ".svg": "image/svg+xml", ".wasm": "application/wasm"}


def _inside(real_root: str, path: str) -> str | None:
    """The real path of `path` if it lies inside `real_root`, else None."""
    real = os.path.realpath(path)
    if real == real_root or real.startswith(real_root + os.sep):
        return real
    return None


_roots: dict[str, str] = {}


def _real_root(root: str) -> str:
    """The root's real path, resolved once (the root folder is fixed while the server runs)."""
    real = _roots.get(root)
    if real is None:
        real = _roots[root] = os.path.realpath(root)
    return real


def forget_roots() -> None:
    _roots.clear()


def resolve(root: str, path: str, home: str | None = None) -> str | None:
    """The file to send for the decoded request `path`, or None (missing or outside the root)."""
    if "\x00" in path or "\\" in path:
        return None
    parts = [p for p in path.split("/") if p not in ("", ".")]
    if any(p == ".." for p in parts):
        return None
    real_root = _real_root(root)
    candidate = _inside(real_root, os.path.join(real_root, *parts))
    if candidate is None:
        return None  # a link leading outside the root
    if os.path.isdir(candidate):
        names = ((home,) if home and not parts else ()) + INDEX_FILES
        for name in names:
            index = _inside(real_root, os.path.join(candidate, name))
            if index is not None and os.path.isfile(index):
                return index
        return None
    return candidate if os.path.isfile(candidate) else None


def content_type(path: str) -> str:
    ext = os.path.splitext(path)[1].lower()
    if ext in _EXTRA_TYPES:
        kind = _EXTRA_TYPES[ext]
    else:
        kind = mimetypes.guess_type(path)[0] or "application/octet-stream"
    if kind.startswith("text/") or kind in ("application/json", "image/svg+xml"):
        kind += "; charset=utf-8"
    return kind


def serve(path: str, request: Request) -> Response:
    """The response sending file `path` (resolved already) for a GET or HEAD request."""
    try:
        st = os.stat(path)
    except OSError:
        return text_response(404, "Not found.\n")
    if not os.access(path, os.R_OK):
        return text_response(403, "Forbidden.\n")
    etag = f'"{st.st_mtime_ns:x}-{st.st_size:x}"'
    modified = email.utils.formatdate(int(st.st_mtime), usegmt=True)
    headers = [("Content-Type", content_type(path)), ("Last-Modified", modified), ("ETag", etag),
               ("Accept-Ranges", "bytes")]
    if _not_modified(request, etag, int(st.st_mtime)):
        return Response(304, [("Last-Modified", modified), ("ETag", etag)])
    size = st.st_size
    wanted = request.header("Range")
    if wanted and _if_range_ok(request, etag, modified):
        span = _byte_range(wanted, size)
        if span == "unsatisfiable":
            return Response(416, [("Content-Range", f"bytes */{size}"), ("Content-Type", "text/plain")], b"")
        if span is not None:
            start, end = span
            headers.append(("Content-Range", f"bytes {start}-{end}/{size}"))
            return Response(206, headers, FileBody(path, start, end - start + 1), compressible=False)
    return Response(200, headers, FileBody(path, 0, size))


def _not_modified(request: Request, etag: str, mtime: int) -> bool:
    tags = request.header("If-None-Match")
    if tags:
        wanted = {t.strip().removeprefix("W/").replace("-gzip", "") for t in tags.split(",")}
        return "*" in wanted or etag in wanted
    since = request.header("If-Modified-Since")
    if since:
        try:
            when = email.utils.parsedate_to_datetime(since).timestamp()
        except (TypeError, ValueError, IndexError, OverflowError):
            return False
        return mtime <= when
    return False


def _if_range_ok(request: Request, etag: str, modified: str) -> bool:
    condition = request.header("If-Range")
    return not condition or condition in (etag, modified)


def _byte_range(header: str, size: int):
    """(start, end) of a single `bytes=` range; None to ignore it; "unsatisfiable"."""
    unit, _, spec = header.partition("=")
    if unit.strip().lower() != "bytes" or "," in spec:
        return None  # several ranges: the whole file is sent (allowed by RFC 9110)
    first, dash, last = spec.strip().partition("-")
    if not dash:
        return None
    try:
        if first == "":
            length = int(last)
            if length <= 0:
                return "unsatisfiable"
            return max(size - length, 0), size - 1
        start = int(first)
        end = int(last) if last else size - 1
    except ValueError:
        return None
    if start >= size or start < 0:
        return "unsatisfiable"
    if end < start:
        return None
    return start, min(end, size - 1)


def not_found() -> Response:
    return text_response(404, "Not found.\n")
