"""Names the lexer must keep whole that a project adds (methods named with spaces), and newlines.

Stage: front of the pipeline, without Lark: a Program whose units all come from the
compiled-code cache never imports the parser (nor Lark), so start-up stays short. The
parser's NameTable (catalog names, keywords) receives every name added here, also those
added before the parser was loaded; `digest()` is what the parse cache key needs of them
(the catalog's own names are covered by the cache's fingerprint of run4d's sources).
"""

from __future__ import annotations

import hashlib

_added: set[str] = set()
_table: list = []  # the parser's NameTable, once the parser is loaded
_memo: list[bytes] = []
_sources: list = []  # callables giving run4d's own multi-word names (add_from)


def add(name: str) -> None:
    """Make the lexer keep `name` whole (any spelling; case and spaces do not matter)."""
    normal = " ".join(name.lower().split())
    if normal and normal not in _added:
        _added.add(normal)
        _memo.clear()
    if _table:
        _table[0].add(name)


def add_from(source) -> None:
    """run4d's own names: `source()` gives them when the parser is loaded (not at every start).
    They are not part of digest(): the cache's fingerprint of run4d's sources covers them."""
    if source in _sources:
        return
    _sources.append(source)
    if _table:
        for name in source():
            _table[0].add(name)


def attach(table) -> None:
    """The parser's NameTable: it gets the names added so far, and those added later."""
    _table[:] = [table]
    for source in _sources:
        for name in source():
            table.add(name)
    for name in sorted(_added):
        table.add(name)


def digest() -> bytes:
    """A digest of the names added (part of the key of cached parse results)."""
    if not _memo:
        _memo.append(hashlib.sha256("\n".join(sorted(_added)).encode()).digest())
    return _memo[0]


def normalize(text: str) -> str:
    """One newline convention (4D exports may use CR, LF or CRLF)."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text
