"""Formatting: indent blocks with tabs, as the 4D code editor does.

Stage: editor support. Only the indentation changes (blocks.py gives every
line its level): the body of If/For/While/Repeat/Use/Try/For each one tab
in, Case of branches one tab and their statements two, class function
bodies one tab; trailing blanks go, empty lines become empty. Lines inside
a block comment and the continuation lines of a statement (after `\\`)
are left as they are. Spacing inside a line is not touched.
"""

from __future__ import annotations

from lsprotocol import types as lsp

from interpreter.compiler.parser import normalize
from interpreter.lsp.blocks import scan


def formatted_lines(text: str) -> list[str]:
    raw = normalize(text).split("\n")
    out: list[str] = []
    for physical, line in zip(raw, scan(normalize(text))):
        if line.kind in ("continued",) or (line.kind == "comment" and not physical.lstrip().startswith(("//", "/*"))):
            out.append(physical.rstrip() if line.kind == "continued" else physical)
            continue
        body = physical.strip(" \t")
        out.append("\t" * line.level + body if body else "")
    return out


def format_document(text: str) -> list[lsp.TextEdit]:
    """One edit per line whose text changes (positions in the original text)."""
    old = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    new = formatted_lines(text)
    edits = []
    for i, (a, b) in enumerate(zip(old, new)):
        if a != b:
            edits.append(lsp.TextEdit(lsp.Range(lsp.Position(i, 0), lsp.Position(i, len(a.encode("utf-16-le")) // 2)),
                                      b))
    return edits
