"""Static files: which file answers an HTTP path, and with which content type.

Stage: stdlib support for the Web server (no I/O beyond reading the file,
no networking). A request path never leaves the root folder: `..`,
encoded separators and symbolic links pointing outside are refused.
"""

from __future__ import annotations

import mimetypes
import os
from urllib.parse import unquote, urlsplit

INDEX_FILES = ("index.html", "index.htm")
_EXTRA_TYPES = {".js": "text/javascript", ".mjs": "text/javascript", ".css": "text/css",
                ".json": "application/json", ".svg": "image/svg+xml", ".wasm": "application/wasm"}


def resolve(root: str, request_path: str) -> str | None:
    """The file to send for `request_path`, or None (missing or outside the root)."""
    path = unquote(urlsplit(request_path).path)
    if "\x00" in path or "\\" in path:
        return None
    parts = [p for p in path.split("/") if p not in ("", ".")]
    if any(p == ".." for p in parts):
        return None
    real_root = os.path.realpath(root)
    candidate = os.path.realpath(os.path.join(real_root, *parts))
    if candidate != real_root and not candidate.startswith(real_root + os.sep):
        return None  # a link leading outside the root
    if os.path.isdir(candidate):
        for name in INDEX_FILES:
            index = os.path.join(candidate, name)
            if os.path.isfile(index):
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
