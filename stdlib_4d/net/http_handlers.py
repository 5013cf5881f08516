"""HTTP request handlers: HTTPHandlers.json, read when the Web server starts.

Stage: stdlib support (reads a file; no networking). Each entry names a
class (a shared singleton of cs), a function, a URL `pattern` (a prefix:
"docs" answers /docs and /docs/...) or a `regexPattern` (matched at the
start of the path), and optional `verbs`. The first entry whose pattern
matches and whose verbs include the request's method answers; when
patterns match but no entry takes the method, the request is refused with
405. Patterns of 4D's own URLs (/4DACTION, /rest, /$lib/renderer,
/$shared) are not allowed. Problems in the file are reported on stderr
when the server starts; the entries that make sense are kept.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass

from runtime import console

_FORBIDDEN = re.compile(r"^/?(4daction|rest|\$lib/renderer|\$shared)(/|$)", re.I)


@dataclass
class Found:
    handler: Handler | None
    refused: bool = False
    allow: str = ""


@dataclass
class Handler:
    cls: str
    method: str
    regex: re.Pattern
    verbs: set[str] | None  # None: every verb
    source: str  # the pattern as written, for messages
    resolved: tuple | None = None  # (class, function), found on first use (web_request.py)

    def __post_init__(self) -> None:
        # Made once (not fields: they refer back to the handler): what match() returns for it,
        # and the route the Web server gives its web process.
        self.found = Found(self)
        self.route = ("handler", self)


class Handlers(list):
    """The handlers in file order."""

    def match(self, path: str, method: str) -> Found | None:
        allowed: list[str] = []
        for handler in self:
            if not handler.regex.match(path):
                continue
            if handler.verbs is None or method in handler.verbs or method.upper() in handler.verbs:
                return handler.found
            allowed.extend(sorted(handler.verbs))
        if allowed:
            return Found(None, refused=True, allow=", ".join(dict.fromkeys(allowed)))
        return None


def handlers_file(root: str) -> str | None:
    for rel in (("Project", "Sources"), ("Sources",), ()):
        path = os.path.join(root, *rel, "HTTPHandlers.json")
        if os.path.isfile(path):
            return path
    return None


def load_handlers(root: str) -> Handlers:
    out = Handlers()
    path = handlers_file(root) if root else None
    if path is None:
        return out
    try:
        with open(path, encoding="utf-8-sig") as fh:
            entries = json.load(fh)
    except (OSError, ValueError) as e:
        _report(f"{path}: cannot be read as JSON: {e}")
        return out
    if not isinstance(entries, list):
        _report(f"{path}: a collection of handlers is expected")
        return out
    for number, entry in enumerate(entries, 1):
        handler = _handler(entry, f"{path}, handler {number}")
        if handler is not None:
            out.append(handler)
    return out


def _handler(entry, where: str) -> Handler | None:
    if not isinstance(entry, dict):
        _report(f"{where}: an object is expected")
        return None
    cls, method = entry.get("class"), entry.get("method")
    if not isinstance(cls, str) or not cls or not isinstance(method, str) or not method:
        _report(f"{where}: \"class\" and \"method\" are required")
        return None
    regex_text = entry.get("regexPattern")
    if isinstance(regex_text, str) and regex_text:
        source = regex_text
        try:
            regex = re.compile(regex_text)
        except re.error as e:
            _report(f"{where}: the regexPattern \"{regex_text}\" is not a valid regular expression ({e})")
            return None
    elif isinstance(entry.get("pattern"), str) and entry["pattern"].strip("/"):
        source = entry["pattern"].strip("/")
        regex = re.compile("/" + re.escape(source) + r"(/|$)")
    else:
        _report(f"{where}: a \"pattern\" or a \"regexPattern\" is required")
        return None
    if _FORBIDDEN.match(source if source.startswith("/") else "/" + source):
        _report(f"{where}: the pattern \"{source}\" belongs to 4D's own URLs and is ignored")
        return None
    verbs_text = entry.get("verbs")
    verbs = None
    if isinstance(verbs_text, str) and verbs_text.strip():
        verbs = {v.strip().upper() for v in verbs_text.split(",") if v.strip()}
    return Handler(cls, method, regex, verbs, source)


def _report(text: str) -> None:
    console.write(f"run4d: HTTPHandlers.json: {text}\n", "err")
