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

from runtime.codes import CATALOGUE
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


def diagnostic(e: CompileError) -> lsp.Diagnostic:
    """A compile error or warning as the editor shows it: what `run4d --check --format json`
    gives for it (interpreter/compiler/check.py: code, severity, message, columns)."""
    from interpreter.compiler.check import diagnostic as structured

    d = structured(e)
    code, severity = getattr(e, "lsp_code", None) or d.code, getattr(e, "severity", None) or d.severity
    if e.line <= 0:
        rng = lsp.Range(lsp.Position(0, 0), lsp.Position(0, 0))
    else:
        src = e.source_line or ""
        rng = lsp.Range(lsp.Position(d.line - 1, to_utf16(src, d.column - 1)),
                        lsp.Position(d.endLine - 1, to_utf16(src, d.endColumn - 1)))
    level = lsp.DiagnosticSeverity.Warning if severity == "warning" else lsp.DiagnosticSeverity.Error
    # A call run4d does not run raises error -10790 when reached: the editor can show which.
    data = {"runtimeError": CATALOGUE["not_supported"][0]} if code == "not-supported" else None
    return lsp.Diagnostic(range=rng, message=d.message, severity=level, source="run4d", code=code, data=data)
