"""Context: what the features need to know about the place of a request.

Stage: editor support. Gives a file's parse and symbols (the open
document's latest text, or the file on disk), the static types in scope at
a line, whether the cursor is in code (not in a text literal or a comment),
and what the name under the cursor denotes (a command, a method, a class, a
member of a typed expression, a local...).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from interpreter.lsp import catalog
from interpreter.lsp.incremental import ParsedFile
from interpreter.lsp.inference import Member, T, Types, chain_before, parse_expression, scope_at
from interpreter.lsp.positions import Cursor
from interpreter.lsp.symbols import FileSymbols, file_symbols

_LITERALS = re.compile(r'"(?:[^"\\\n]|\\.)*("?)|//.*')


def file_view(ws, path: str) -> tuple[ParsedFile, FileSymbols]:
    parsed = ws.parse_any(path)
    st = ws.state(path)
    if st.symbols is not None and st.is_open and st.checked_version == st.version:
        return parsed, st.symbols
    return parsed, file_symbols(parsed, st.name)


def types_at(ws, path: str, line: int) -> Types:
    parsed, symbols = file_view(ws, path)
    return Types(ws, scope_at(parsed, symbols, line), line)


def in_code(before: str) -> bool:
    """Is the end of `before` (a line up to the cursor) outside text literals and comments?"""
    for m in _LITERALS.finditer(before):
        if m.end() == len(before):
            if m.group().startswith("//"):
                return False
            return bool(m.group(1)) and len(m.group()) > 1  # a closed literal ends right here
    return True


@dataclass
class Target:
    """What the name under the cursor denotes."""

    kind: str  # command | constant | method | class | member | local | keyword | store | this
    name: str
    start: int  # 0-based code-point columns of the name in the line
    end: int
    member: Member | None = None
    receiver: T | None = None
    type: T | None = None


def target_at(ws, path: str, cur: Cursor) -> Target | None:
    """Resolve the word under the cursor."""
    text = cur.text
    if not in_code(cur.before) and not in_code(text[: cur.col + 1]):
        return None
    word, start, end = cur.word()
    if not word:
        return None
    if word.startswith("$"):
        types = types_at(ws, path, cur.line)
        return Target("local", word[1:], start, end, type=types.local(word[1:]))
    before = text[:start]
    if before.rstrip().endswith(".") and not before.rstrip().endswith(".."):
        dot = len(before.rstrip()) - 1
        expr_text = chain_before(text, dot)
        expr = parse_expression(expr_text) if expr_text else None
        types = types_at(ws, path, cur.line)
        receiver = types.of(expr) if expr is not None else None
        if receiver is not None and receiver.kind == "store" and receiver.name == "cs":
            return Target("class", word, start, end)
        for m in types.members(receiver):
            if m.name == word:
                return Target("member", word, start, end, member=m, receiver=receiver)
        return Target("member", word, start, end, receiver=receiver)
    declared = _declared_member(ws, path, cur.line, word, start, end)
    if declared is not None:
        return declared
    name, start, end = _multiword(text, start, end, lambda c: ws.method_file(c) is not None)
    low = name.lower()
    if low == "this":
        return Target("this", name, start, end)
    if low in ("cs", "4d"):
        return Target("store", name, start, end)
    if re.match(r"\s*:\s*(cs|4d)\.", text[end:], re.I) is None and ws.method_file(name) is not None:
        return Target("method", name, start, end)
    if catalog.command(name) is not None:
        return Target("command", name, start, end)
    if catalog.constant(name) is not None:
        return Target("constant", name, start, end)
    if low in {k.lower() for k in catalog.keywords()}:
        return Target("keyword", name, start, end)
    return None


def _declared_member(ws, path: str, line: int, word: str, start: int, end: int) -> Target | None:
    """The name of a function, accessor or property where its class file declares it
    (`Function hello`, `property name`): references and hover start from there too."""
    st = ws.state(path)
    if not st.is_class:
        return None
    _parsed, fs = file_view(ws, path)
    found = [p.name for p in fs.properties.values() if p.line == line and p.name == word]
    found += [s.name for s in fs.functions.values() if s.line == line and s.name == word and s.kind != "constructor"]
    if not found:
        return None
    for m in Types(ws, scope_at(_parsed, fs, line), line).members(T("instance", "cs." + fs.name)):
        if m.name == word:
            return Target("member", word, start, end, member=m, receiver=T("instance", "cs." + fs.name))
    return None


def _multiword(text: str, start: int, end: int, is_method) -> tuple[str, int, int]:
    """Grow a word into the longest command, constant or method name around it."""
    words = [(m.group(), m.start(), m.end()) for m in re.finditer(r"\w+", text)]
    idx = next((i for i, w in enumerate(words) if w[1] == start), None)
    if idx is None:
        return text[start:end], start, end
    best = (text[start:end], start, end)
    for i in range(max(0, idx - 4), idx + 1):
        for j in range(idx, min(len(words), i + 6)):
            if j == i:
                continue
            # Words of one name are separated by single runs of spaces.
            if any(text[words[k][2]:words[k + 1][1]].strip(" ") for k in range(i, j)):
                continue
            cand = " ".join(w[0] for w in words[i:j + 1])
            if len(cand) > len(best[0]) and (catalog.command(cand) or catalog.constant(cand) or is_method(cand)):
                best = (text[words[i][1]:words[j][2]], words[i][1], words[j][2])
    return best
