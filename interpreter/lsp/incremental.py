"""Incremental parsing: a file re-parsed one top-level statement at a time.

Stage: editor support, in front of the compiler. blocks.py cuts the text
into top-level statements (a whole If...End if is one); each is parsed by
the compiler's parser (parse_items) and kept. On the next version of the
text only the statements whose text changed are parsed again; the others
keep their nodes, moved to their new lines. Concatenated, the statements'
items are what parse_items returns for the whole file: the grammar's
`start` rule is a sequence of items, and the cuts fall between items.

Syntax errors are found per statement, by the compiler's diagnose(), with
the statement's text placed at its real line so that messages and lines
read exactly as `run4d --check` prints them.
"""

from __future__ import annotations

from interpreter.compiler import nodes as n
from interpreter.compiler.diagnose import diagnose
from interpreter.compiler.parser import normalize, parse_items
from interpreter.lsp.blocks import Line, chunk_ranges, scan
from runtime.errors import CompileError, CompileErrors


class Chunk:
    """One top-level statement: its text, where it is, and what it parsed to."""

    __slots__ = ("text", "line", "offset", "items", "errors", "errors_line", "serial")

    def __init__(self, text: str, line: int, offset: int) -> None:
        self.text = text
        self.line = line  # 1-based line of its first line
        self.offset = offset  # character offset of its start in the file
        self.items: list[n.Node] | None = None  # None when it does not parse
        self.errors: list[CompileError] = []
        self.errors_line = 0  # the line the errors were computed at
        self.serial = 0  # changes each time the statement is parsed anew


class ParsedFile:
    """One version of a file, parsed."""

    def __init__(self, path: str, text: str, lines: list[Line], chunks: list[Chunk]) -> None:
        self.path = path
        self.text = text
        self.lines = lines
        self.chunks = chunks
        self.memo: dict = {}  # what features derive from this version (scopes...), computed once

    @property
    def items(self) -> list[n.Node]:
        out: list[n.Node] = []
        for c in self.chunks:
            if c.items:
                out.extend(c.items)
        return out

    @property
    def syntax_errors(self) -> list[CompileError]:
        out: list[CompileError] = []
        for c in self.chunks:
            out.extend(c.errors)
        return out

    @property
    def ok(self) -> bool:
        return all(c.items is not None for c in self.chunks)


class FileParser:
    """Parses successive versions of one file, reusing unchanged statements."""

    _serial = 0

    def __init__(self, path: str) -> None:
        self.path = path
        self.previous: dict[str, list[Chunk]] = {}
        self.parsed_count = 0  # statements parsed by the last call (for tests and benchmarks)

    def parse(self, text: str) -> ParsedFile:
        text = normalize(text)
        lines = scan(text)
        raw = text.split("\n")
        starts = [0]
        for line in raw:
            starts.append(starts[-1] + len(line) + 1)
        chunks: list[Chunk] = []
        fresh: dict[str, list[Chunk]] = {}
        self.parsed_count = 0
        for first, end in chunk_ranges(lines):
            body = "\n".join(raw[first:end])
            if end < len(raw):
                body += "\n"
            reused = self.previous.get(body)
            chunk = reused.pop() if reused else None
            if chunk is None:
                chunk = Chunk(body, first + 1, starts[first])
                self._parse(chunk)
            else:
                self._move(chunk, first + 1, starts[first])
            chunks.append(chunk)
            fresh.setdefault(body, []).append(chunk)
        self.previous = fresh
        return ParsedFile(self.path, text, lines, chunks)

    def _parse(self, chunk: Chunk) -> None:
        self.parsed_count += 1
        FileParser._serial += 1
        chunk.serial = FileParser._serial
        if not chunk.text.strip():
            chunk.items = []
            return
        try:
            items = parse_items(chunk.text, self.path)
        except CompileErrors as e:
            chunk.items = None
            chunk.errors, chunk.errors_line = e.errors, 1
            if chunk.line != 1:
                self._diagnose(chunk)
            return
        chunk.items = items
        _shift(items, chunk.line - 1, chunk.offset)

    def _diagnose(self, chunk: Chunk) -> None:
        # Parse again with the statement at its real line: diagnose() then
        # numbers lines ("If (line 12) is not closed") as --check does.
        padded = "\n" * (chunk.line - 1) + chunk.text
        errors = diagnose(padded, self.path)
        if not errors:  # parse_items' fallback: Lark's own error, moved
            delta = chunk.line - chunk.errors_line
            errors = [_moved(e, delta) for e in chunk.errors]
        chunk.errors, chunk.errors_line = errors, chunk.line

    def _move(self, chunk: Chunk, line: int, offset: int) -> None:
        if chunk.line != line or chunk.offset != offset:
            if chunk.items:
                _shift(chunk.items, line - chunk.line, offset - chunk.offset)
            chunk.line, chunk.offset = line, offset
        if chunk.items is None and chunk.errors_line != line:
            self._diagnose(chunk)


def _moved(e: CompileError, delta: int) -> CompileError:
    return CompileError(e.message, e.path, e.line + delta, e.col, e.source_line, e.expected, e.code, e.kind)


def _shift(items: list, dline: int, doffset: int) -> None:
    """Move nodes by `dline` lines and `doffset` characters (in place)."""
    if not dline and not doffset:
        return
    stack: list = list(items)
    pop, push, extend = stack.pop, stack.append, stack.extend
    Node, seq, FunctionDef = n.Node, (list, tuple), n.FunctionDef
    while stack:
        x = pop()
        if isinstance(x, Node):
            if x.line:
                x.line += dline
            if x.src_end:  # 0: offsets unknown
                x.src_start += doffset
                x.src_end += doffset
            cls = type(x)
            if cls is FunctionDef and x.end_line:
                x.end_line += dline
            for name in _CHILDREN.get(cls) or _children_of(cls):
                v = getattr(x, name)
                if v is not None:
                    push(v)
        elif isinstance(x, seq):
            extend(x)


_CHILDREN: dict[type, tuple[str, ...]] = {}
_SCALARS = {"name", "op", "kind", "variadic", "modifiers", "display", "end_line", "path", "source"}


def _children_of(cls: type) -> tuple[str, ...]:
    fields = tuple(f for f in cls._fields if f not in ("line", "col") and f not in _SCALARS
                   and not (cls is n.Literal and f == "value"))
    _CHILDREN[cls] = fields
    return fields
