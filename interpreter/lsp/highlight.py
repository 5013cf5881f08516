"""Semantic tokens: each name coloured by what it is (command, method, class...).

Stage: editor support. A line-by-line scan (like a TextMate grammar, so it
works on code being typed) that resolves names the way the postlexer does:
the longest run of words forming a known name wins, so `New object` is one
command and `Is text` one constant. Names are looked up in the registries
and the workspace: commands (defaultLibrary functions), constants, project
methods, classes after `cs.`, members after a dot, keywords, locals and
parameters, types in declarations. Lines are cached by their text and the
block comment they start in, so a keystroke re-scans one line.
"""

from __future__ import annotations

import re
from functools import lru_cache

from lsprotocol import types as lsp

from interpreter.lsp import catalog
from interpreter.lsp.blocks import strip_line
from interpreter.lsp.positions import to_utf16
from runtime.registry import key

TOKEN_TYPES = ("namespace", "class", "method", "function", "property", "variable", "parameter", "keyword",
               "string", "number", "comment", "enumMember", "type", "operator")
TOKEN_MODIFIERS = ("declaration", "defaultLibrary", "readonly")
_T = {name: i for i, name in enumerate(TOKEN_TYPES)}
_DECL, _LIB = 1, 2

_LEX = re.compile(
    r'(?P<string>"(?:[^"\\\n]|\\.)*"?)'
    r"|(?P<lcomment>//.*)"
    r"|(?P<bcomment>/\*)"
    r"|(?P<local>\$\w+|\$\{)"
    r"|(?P<ipv><>\w+)"
    r"|(?P<number>\b0[xX][0-9A-Fa-f]+|\b\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)"
    r"|(?P<declare>#DECLARE\b)"
    r"|(?P<words>[^\W\d]\w*(?::[CKP]\d+(?::\d+)?)?(?: +(?:[^\W\d]\w*|4D\b|\d+\b)(?::[CKP]\d+(?::\d+)?)?)*)"
    r"|(?P<dot>\.)",
    re.IGNORECASE,
)
_SUFFIX = re.compile(r":[CKP]\d+(?::\d+)?$")
_TYPES = {t.lower() for t in catalog.TYPES} | {"longint"}
_MEMBER_WORDS = {"function", "get", "set", "property", "shared", "singleton", "session"}


@lru_cache(maxsize=1)
def _keywords() -> frozenset[str]:
    return frozenset(k.lower() for k in catalog.keywords()) | {"class constructor", "class extends"}


def _kind_of(name: str, methods: frozenset[str]) -> tuple[int, int] | None:
    low = key(name)
    if low in _keywords():
        return _T["keyword"], 0
    if low in methods:
        return _T["method"], 0
    if catalog.command(name) is not None:
        return _T["function"], _LIB
    if catalog.constant(name) is not None:
        return _T["enumMember"], _LIB | 4
    return None


def _line_tokens(line: str, comment: int, methods: frozenset[str], params: frozenset[str]):
    """(tokens [(start, length, type, modifiers)], comment depth after the line)."""
    out: list[tuple[int, int, int, int]] = []
    i = 0
    if comment:
        end = _comment_end(line, 0, comment)
        out.append((0, end[0], _T["comment"], 0))
        i, comment = end
        if comment:
            return out, comment
    prev = ""  # the significant text before the current token
    member_decl = False
    while i < len(line):
        m = _LEX.search(line, i)
        if m is None:
            break
        between = line[i:m.start()]
        if between.strip():
            prev = between.strip()
        i = m.end()
        kind = m.lastgroup
        text = m.group()
        if kind == "string":
            out.append((m.start(), len(text), _T["string"], 0))
        elif kind == "lcomment":
            out.append((m.start(), len(text), _T["comment"], 0))
        elif kind == "bcomment":
            end, comment = _comment_end(line, m.end(), 1)
            out.append((m.start(), end - m.start(), _T["comment"], 0))
            i = end
            if comment:
                break
        elif kind == "local":
            typ = "parameter" if text[1:].lower() in params else "variable"
            out.append((m.start(), len(text), _T[typ], 0))
        elif kind == "ipv":
            out.append((m.start(), len(text), _T["variable"], 0))
        elif kind == "number":
            out.append((m.start(), len(text), _T["number"], 0))
        elif kind == "declare":
            out.append((m.start(), len(text), _T["keyword"], 0))
        elif kind == "words":
            member_decl = _words(out, line, m.start(), text, prev, methods, member_decl)
        prev = text if kind != "dot" else "."
    return out, comment


def _comment_end(line: str, start: int, depth: int) -> tuple[int, int]:
    code, depth_after = strip_line(line[start:], depth)
    if depth_after:
        return len(line), depth_after
    # Find where the comment closed: the first */ that brings the depth to 0.
    d, i = depth, start
    while i < len(line) - 1:
        pair = line[i:i + 2]
        if pair == "/*":
            d += 1
            i += 2
            continue
        if pair == "*/":
            d -= 1
            i += 2
            if d == 0:
                return i, 0
            continue
        i += 1
    return len(line), 0


def _words(out, line: str, start: int, text: str, prev: str, methods, member_decl: bool) -> bool:
    words = [(w.group(), start + w.start()) for w in re.finditer(r"\S+", text)]
    i = 0
    after_dot = prev == "."
    rest = line[start + len(text):].lstrip()
    while i < len(words):
        word, at = words[i]
        clean = _SUFFIX.sub("", word)
        if after_dot:
            lower_prev = line[:at].rstrip()[:-1].rstrip().lower()
            if lower_prev.endswith("cs") or lower_prev.endswith("4d"):
                out.append((at, len(clean), _T["class"], _LIB if lower_prev.endswith("4d") else 0))
            else:
                is_call = i == len(words) - 1 and rest.startswith("(")
                out.append((at, len(clean), _T["method" if is_call else "property"], 0))
            after_dot = False
            i += 1
            continue
        if member_decl and clean.lower() not in _MEMBER_WORDS:
            out.append((at, len(clean), _T["method"], _DECL))
            member_decl = False
            i += 1
            continue
        span, found = 1, None
        for k in range(min(6, len(words) - i), 0, -1):
            cand = " ".join(_SUFFIX.sub("", w) for w, _ in words[i:i + k])
            got = _kind_of(cand, methods)
            if got is not None:
                span, found = k, got
                break
        low = clean.lower()
        if found is None:
            if low in ("cs", "4d"):
                found = (_T["namespace"], 0)
            elif low in _TYPES and prev == ":":
                found = (_T["type"], 0)
            elif low in ("this", "super"):
                found = (_T["keyword"], 0)
        if found is not None:
            last_word, last_at = words[i + span - 1]
            length = last_at + len(_SUFFIX.sub("", last_word)) - at
            out.append((at, length, found[0], found[1]))
            if found[0] == _T["keyword"] and low in ("function",):
                member_decl = True
        i += span
    return member_decl


def semantic_tokens(ws, path: str) -> lsp.SemanticTokens:
    text = ws.text(path)
    methods = frozenset(key(m) for m in ws.methods())
    from interpreter.lsp.context import file_view

    try:
        _parsed, symbols = file_view(ws, path)
        params = frozenset(p[0].lower() for s in ([symbols.method] if symbols.method else symbols.members())
                           for p in s.params)
    except Exception:  # noqa: BLE001  (colours must not fail on a file being typed)
        params = frozenset()
    data: list[int] = []
    last_line = last_start = 0
    comment = 0
    for ln, line in enumerate(text.split("\n")):
        tokens, comment = _cached(line, comment, methods, params)
        for start, length, typ, mods in tokens:
            s16, e16 = to_utf16(line, start), to_utf16(line, start + length)
            delta_line = ln - last_line
            delta_start = s16 - last_start if delta_line == 0 else s16
            data += [delta_line, delta_start, e16 - s16, typ, mods]
            last_line, last_start = ln, s16
    return lsp.SemanticTokens(data=data)


_CACHE: dict[tuple, tuple] = {}


def _cached(line: str, comment: int, methods: frozenset[str], params: frozenset[str]):
    k = (line, comment, methods, params)
    got = _CACHE.get(k)
    if got is None:
        if len(_CACHE) > 100_000:
            _CACHE.clear()
        got = _CACHE[k] = _line_tokens(line, comment, methods, params)
    return got
