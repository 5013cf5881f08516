"""Positions: the parser's lines and columns <-> LSP positions, and the text at a position.

Stage: editor support. The parser counts 1-based lines and 1-based columns
in code points; LSP counts 0-based lines and characters in UTF-16 code
units (its default encoding). Only lines holding characters beyond the
Basic Multilingual Plane differ.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lsprotocol import types as lsp

from runtime.errors import CompileError

_WORD = re.compile(r"[$\w]+|<>\w+")


def to_utf16(line: str, index: int) -> int:
    """Code-point index in `line` -> UTF-16 offset."""
    head = line[:index]
    return index + sum(1 for ch in head if ord(ch) > 0xFFFF)


def from_utf16(line: str, offset: int) -> int:
    """UTF-16 offset in `line` -> code-point index."""
    units = 0
    for i, ch in enumerate(line):
        if units >= offset:
            return i
        units += 2 if ord(ch) > 0xFFFF else 1
    return len(line)


def position(lines: list[str], line: int, col: int) -> lsp.Position:
    """1-based parser line and column -> LSP position."""
    text = lines[line - 1] if 0 < line <= len(lines) else ""
    return lsp.Position(max(line - 1, 0), to_utf16(text, max(col - 1, 0)))


def span(lines: list[str], line: int, col: int, length: int) -> lsp.Range:
    start = position(lines, line, col)
    return lsp.Range(start, position(lines, line, col + length))


@dataclass
class Cursor:
    """A position in a document, as the features read it."""

    lines: list[str]
    line: int  # 1-based
    col: int  # 0-based code-point index of the cursor in the line

    @classmethod
    def at(cls, text: str, pos: lsp.Position) -> Cursor:
        lines = text.split("\n")
        raw = lines[pos.line] if pos.line < len(lines) else ""
        return cls(lines, pos.line + 1, from_utf16(raw, pos.character))

    @property
    def text(self) -> str:
        return self.lines[self.line - 1] if 0 < self.line <= len(self.lines) else ""

    @property
    def before(self) -> str:
        return self.text[: self.col]

    def word(self) -> tuple[str, int, int]:
        """The $name, name or <>name under the cursor: (text, start, end) in code points."""
        for m in _WORD.finditer(self.text):
            if m.start() <= self.col <= m.end():
                return m.group(), m.start(), m.end()
        return "", self.col, self.col


def error_length(e: CompileError) -> int:
    """How many characters a diagnostic underlines: the name or token it is about."""
    src = e.source_line or ""
    at = max(e.col - 1, 0)
    rest = src[at:]
    if ": " in e.message:
        name = e.message.rsplit(": ", 1)[1]
        if name and rest.lower().startswith(name.lower()):
            return len(name)
    m = re.match(r"unexpected '(.+)'$", e.message)
    if m and rest.startswith(m.group(1)):
        return len(m.group(1))
    m = _WORD.match(rest)
    if m:
        return len(m.group())
    return 1 if rest else 0


def diagnostic(e: CompileError) -> lsp.Diagnostic:
    """A compile error as the editor shows it: the message `run4d --check` prints."""
    src = e.source_line or ""
    lines = [src]
    if e.line <= 0:
        rng = lsp.Range(lsp.Position(0, 0), lsp.Position(0, 0))
    else:
        start = position(lines, 1, e.col)
        end = position(lines, 1, e.col + error_length(e))
        rng = lsp.Range(lsp.Position(e.line - 1, start.character), lsp.Position(e.line - 1, end.character))
    message = e.message
    if e.expected:
        message += "\nexpected: " + ", ".join(e.expected)
    severity = lsp.DiagnosticSeverity.Warning if getattr(e, "severity", "error") == "warning" \
        else lsp.DiagnosticSeverity.Error
    code = e.code or _KIND_CODES.get(e.kind)
    return lsp.Diagnostic(range=rng, message=message, severity=severity, source="run4d", code=code)


# Until every compile error carries a run4d code: what found it.
_KIND_CODES = {"syntax error": "syntax", "error": "compile"}
