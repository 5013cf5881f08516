"""Incremental parsing: a file re-parsed one top-level statement at a time.

Stage: editor support, in front of the compiler. blocks.py cuts the text
into top-level statements (a whole If...End if is one); each is parsed by
the compiler's parser (parse_items) and kept. On the next version of the
text only the statements whose text changed are parsed again; the others
keep their nodes, moved to their new lines. Concatenated, the statements'
items are what parse_items returns for the whole file: the grammar's
`start` rule is a sequence of items, and the cuts fall between items.

Syntax errors come from the compiler's diagnose(), run on the failing
statement placed at its real line, so that messages and lines read exactly
as `run4d --check` prints them. A block left open (the usual state while
an If is being typed) would make the rest of the file one statement; that
region is cut again inside, and diagnose() runs on it with the inner
statements that parse blanked out: they add no error and leave the nesting
as it was, so the errors are the same, for the cost of a few lines.
"""

from __future__ import annotations

from interpreter.compiler import nodes as n
from interpreter.compiler.diagnose import diagnose
from interpreter.compiler.parser import normalize, parse_items
from interpreter.lsp.blocks import Lines, chunk_ranges, scan
from runtime.errors import CompileError, CompileErrors

_SPARE_GENERATIONS = 3  # versions an unused statement is kept for (an error typed, then undone)


class Chunk:
    """One top-level statement: its text, where it is, and what it parsed to."""

    __slots__ = ("text", "line", "offset", "items", "errors", "errors_line", "failure", "children", "facts")

    def __init__(self, text: str, line: int, offset: int) -> None:
        self.text = text
        self.line = line  # 1-based line of its first line
        self.offset = offset  # character offset of its start in the file
        self.items: list[n.Node] | None = None  # None when it does not parse
        self.errors: list[CompileError] = []  # syntax errors, at `errors_line`
        self.errors_line = 0
        self.failure: list[CompileError] = []  # parse_items' errors for the text alone (line 1)
        self.children: list[Chunk] = []  # an open region: its inner statements
        self.facts: dict = {}  # what features derive from the items (symbols.py, inference.py)

    @property
    def leaves(self) -> list[Chunk]:
        return [c for child in self.children for c in child.leaves] if self.children else [self]

    @property
    def nodes(self) -> list[n.Node]:
        """Every node of the statement (kept: moving it and reading it need no tree walk)."""
        got = self.facts.get("nodes")
        if got is None:
            got = self.facts["nodes"] = all_nodes(self.items) if self.items else []
        return got


class ParsedFile:
    """One version of a file, parsed."""

    def __init__(self, path: str, text: str, lines: Lines, chunks: list[Chunk]) -> None:
        self.path = path
        self.text = text
        self.lines = lines
        self.chunks = chunks
        self.memo: dict = {}  # what features derive from this version (scopes...), computed once

    @property
    def leaves(self) -> list[Chunk]:
        got = self.memo.get("leaves")
        if got is None:
            got = self.memo["leaves"] = [leaf for c in self.chunks for leaf in c.leaves]
        return got

    @property
    def items(self) -> list[n.Node]:
        got = self.memo.get("items")
        if got is None:
            got = self.memo["items"] = [i for c in self.leaves if c.items for i in c.items]
        return list(got)

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

    def __init__(self, path: str) -> None:
        self.path = path
        self.pool: dict[str, list[tuple[Chunk, int]]] = {}  # text -> (chunk, versions unused)
        self.parsed_count = 0  # statements parsed by the last call (for tests and benchmarks)

    def parse(self, text: str) -> ParsedFile:
        text = normalize(text)
        lines = scan(text)
        raw = text.split("\n")
        starts = [0]
        for line in raw:
            starts.append(starts[-1] + len(line) + 1)
        self.parsed_count = 0
        used: dict[str, list[tuple[Chunk, int]]] = {}
        chunks = self._cut(lines, raw, starts, 0, len(raw), used)
        # Statements not used this time stay available for a few versions.
        for body, entries in self.pool.items():
            for chunk, age in entries:
                if age < _SPARE_GENERATIONS:
                    used.setdefault(body, []).append((chunk, age + 1))
        self.pool = used
        return ParsedFile(self.path, text, lines, chunks)

    def _cut(self, lines: Lines, raw: list[str], starts: list[int], lo: int, hi: int, used) -> list[Chunk]:
        """The statements of raw[lo:hi] (lines scanned with the nesting starting at 0)."""
        out: list[Chunk] = []
        ranges = chunk_ranges(lines)
        for k, (first, end) in enumerate(ranges):
            a, b = lo + first, lo + end
            last = k == len(ranges) - 1
            open_region = (last and lines.open_at_end) or (
                lines[end - 1].kind == "member" and lines[end - 1].open_before)
            if open_region:
                out.append(self._region(lines, raw, starts, a, b, first, used))
                continue
            out.append(self._chunk(raw, starts, a, b, used, diagnosed=True))
        return out

    def _chunk(self, raw: list[str], starts: list[int], a: int, b: int, used, diagnosed: bool) -> Chunk:
        body = "\n".join(raw[a:b]) + ("\n" if b < len(raw) else "")
        entries = self.pool.get(body)
        chunk = entries.pop()[0] if entries else None
        if chunk is None:
            chunk = Chunk(body, a + 1, starts[a])
            self._parse(chunk)
        else:
            self._move(chunk, a + 1, starts[a])
        if diagnosed and chunk.items is None and chunk.errors_line != chunk.line:
            self._diagnose(chunk)
        used.setdefault(body, []).append((chunk, 0))
        return chunk

    def _region(self, lines: Lines, raw, starts, a: int, b: int, first: int, used) -> Chunk:
        """A statement whose block stays open to the end of the file (or to the next Function)."""
        opener = next((i for i in range(first, b - a + first) if lines[i].kind == "open"), None)
        member_end = lines[b - a + first - 1].kind == "member"
        inner_end = b - 1 if member_end else b
        if opener is None or a + (opener - first) + 1 >= inner_end:
            return self._chunk(raw, starts, a, b, used, diagnosed=True)
        head_end = a + (opener - first) + 1
        region = Chunk("\n".join(raw[a:b]), a + 1, starts[a])
        region.children.append(self._chunk(raw, starts, a, head_end, used, diagnosed=False))
        sub = scan("\n".join(raw[head_end:inner_end]))
        region.children += self._cut(sub, raw, starts, head_end, inner_end, used)
        if member_end:
            region.children.append(self._chunk(raw, starts, b - 1, b, used, diagnosed=False))
        region.errors = self._region_errors(region, raw, a, b)
        region.errors_line = region.line
        return region

    def _region_errors(self, region: Chunk, raw: list[str], a: int, b: int) -> list[CompileError]:
        leaves = region.leaves
        keep_from = len(leaves) - 1
        while keep_from > 0 and not leaves[keep_from].text.strip():
            keep_from -= 1
        text = list(raw[a:b])
        for i, leaf in enumerate(leaves[:keep_from]):
            if i and leaf.items is not None and not any(isinstance(x, n.FunctionDef) for x in leaf.items):
                count = leaf.text.count("\n") + (0 if leaf.text.endswith("\n") else 1)
                for ln in range(leaf.line - 1 - a, leaf.line - 1 - a + count):
                    text[ln] = ""
        return diagnose("\n" * a + "\n".join(text), self.path)

    def _parse(self, chunk: Chunk) -> None:
        self.parsed_count += 1
        if not chunk.text.strip():
            chunk.items = []
            return
        try:
            items = parse_items(chunk.text, self.path)
        except CompileErrors as e:
            chunk.items = None
            chunk.failure = e.errors
            if chunk.line == 1:
                chunk.errors, chunk.errors_line = e.errors, 1
            return
        chunk.items = items
        _shift(chunk.nodes, chunk.line - 1, chunk.offset)

    def _diagnose(self, chunk: Chunk) -> None:
        # Diagnose again with the statement at its real line: diagnose() then
        # numbers lines ("If (line 12) is not closed") as --check does.
        errors = diagnose("\n" * (chunk.line - 1) + chunk.text, self.path)
        if not errors:  # parse_items' fallback: Lark's own error, moved
            errors = [_moved(e, chunk.line - 1) for e in chunk.failure]
        chunk.errors, chunk.errors_line = errors, chunk.line

    def _move(self, chunk: Chunk, line: int, offset: int) -> None:
        if chunk.line != line or chunk.offset != offset:
            if chunk.items:
                _shift(chunk.nodes, line - chunk.line, offset - chunk.offset)
            chunk.line, chunk.offset = line, offset


def _moved(e: CompileError, delta: int) -> CompileError:
    return CompileError(e.message, e.path, e.line + delta, e.col, e.source_line, e.expected, e.code, e.kind)


def all_nodes(items) -> list[n.Node]:
    """Every node under `items`, pre-order (Case branches are tuples inside a list)."""
    out: list[n.Node] = []
    stack = list(reversed(items)) if isinstance(items, (list, tuple)) else [items]
    Node, seq = n.Node, (list, tuple)
    while stack:
        x = stack.pop()
        if isinstance(x, Node):
            out.append(x)
            kids = [getattr(x, f) for f in _CHILDREN.get(type(x)) or _children_of(type(x))]
            stack.extend(k for k in reversed(kids) if k is not None)
        elif isinstance(x, seq):
            stack.extend(reversed(x))
    return out


def _shift(nodes: list[n.Node], dline: int, doffset: int) -> None:
    """Move nodes by `dline` lines and `doffset` characters (in place)."""
    if not dline and not doffset:
        return
    FunctionDef = n.FunctionDef
    for x in nodes:
        if x.line:
            x.line += dline
        if x.src_end:  # 0: offsets unknown
            x.src_start += doffset
            x.src_end += doffset
        if type(x) is FunctionDef and x.end_line:
            x.end_line += dline


_CHILDREN: dict[type, tuple[str, ...]] = {}
_SCALARS = {"name", "op", "kind", "variadic", "modifiers", "display", "end_line", "path", "source"}


def _children_of(cls: type) -> tuple[str, ...]:
    """The fields of a node class that may hold nodes."""
    fields = tuple(f for f in cls._fields if f not in ("line", "col") and f not in _SCALARS
                   and not (cls is n.Literal and f == "value"))
    _CHILDREN[cls] = fields
    return fields
