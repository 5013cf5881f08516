"""Incremental parsing: a file re-parsed one top-level statement at a time.

Stage: editor support, in front of the compiler. blocks.py cuts the text
into top-level statements (a whole If...End if is one); each is parsed by
the compiler's parser (parse_items) and kept. On the next version of the
text only the statements whose text changed are parsed again; the others
keep their nodes, moved to their new lines. Concatenated, the statements'
items are what parse_items returns for the whole file: the grammar's
`start` rule is a sequence of items, and the cuts fall between items.
The lines before the first change and after the last keep their scan
(blocks.rescan) and their statements are taken back by position, so that
a keystroke does not even look up the thousands of statements it left alone.

Syntax errors come from the compiler's diagnose(), run on the failing
statement numbered from its real line, so that messages and lines read
exactly as `run4d --check` prints them. A block left open (the usual state while
an If is being typed) would make the rest of the file one statement; that
region is cut again inside, and diagnose() runs on it with the inner
statements that parse blanked out: they add no error and leave the nesting
as it was, so the errors are the same, for the cost of a few lines.
"""

from __future__ import annotations

import re

from interpreter.compiler import nodes as n
from interpreter.compiler.diagnose import diagnose
from interpreter.compiler.parser import normalize, parse_items
from interpreter.lsp.blocks import Lines, chunk_ranges, rescan, scan
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
        # text -> {id(chunk): (chunk, versions unused)}: the same text may stand many times in a file
        self.pool: dict[str, dict[int, tuple[Chunk, int]]] = {}
        self.parsed_count = 0  # statements parsed by the last call (for tests and benchmarks)
        # The previous version: its lines, their scan, and its top-level statements by
        # (first line, end) indices, so that the unchanged ones are taken back as they are.
        self.last: tuple[list[str], Lines, dict[tuple[int, int], Chunk]] | None = None

    def parse(self, text: str) -> ParsedFile:
        text = normalize(text)
        raw = text.split("\n")
        lines = rescan(raw, self.last[0], self.last[1]) if self.last is not None else scan(text)
        starts = [0]
        for line in raw:
            starts.append(starts[-1] + len(line) + 1)
        self.parsed_count = 0
        used: dict[str, dict[int, tuple[Chunk, int]]] = {}
        self.kept = self._unchanged(lines, len(raw))
        self.by_range: dict[tuple[int, int], Chunk] = {}
        chunks = self._cut(lines, raw, starts, 0, len(raw), used)
        self.last = (raw, lines, self.by_range)
        self.kept = None
        # Statements not used this time stay available for a few versions.
        for body, entries in self.pool.items():
            for chunk, age in entries.values():
                if age < _SPARE_GENERATIONS:
                    used.setdefault(body, {})[id(chunk)] = (chunk, age + 1)
        self.pool = used
        return ParsedFile(self.path, text, lines, chunks)

    def _unchanged(self, lines: Lines, size: int):
        """A function (a, b) -> the previous version's statement for raw[a:b] when those
        lines and the scan's state before them did not change (else None)."""
        if self.last is None:
            return None
        old_raw, _old_lines, by_range = self.last
        old_size = len(old_raw)
        same_before, same_from, shift = lines.same_before, lines.same_from, lines.shift

        def kept(a: int, b: int) -> Chunk | None:
            if b <= same_before and b < size and b < old_size:
                return by_range.get((a, b))
            if same_from is not None and a >= same_from and (b < size) == (b - shift < old_size):
                return by_range.get((a - shift, b - shift))
            return None

        return kept

    def _cut(self, lines: Lines, raw: list[str], starts: list[int], lo: int, hi: int, used) -> list[Chunk]:
        """The statements of raw[lo:hi] (lines scanned with the nesting starting at 0)."""
        out: list[Chunk] = []
        ranges = chunk_ranges(lines)
        kept = self.kept if lo == 0 else None  # only the file's own scan knows what did not change
        for k, (first, end) in enumerate(ranges):
            a, b = lo + first, lo + end
            if kept is not None:
                chunk = kept(a, b)
                if chunk is not None and self._take_back(chunk, a, starts, used):
                    out.append(chunk)
                    self.by_range[(a, b)] = chunk
                    continue
            last = k == len(ranges) - 1
            open_region = (last and lines.open_at_end) or (
                lines[end - 1].kind == "member" and lines[end - 1].open_before)
            if open_region:
                out.append(self._region(lines, raw, starts, a, b, first, used))
                continue
            out.append(self._chunk(raw, starts, a, b, used, diagnosed=True))
            if lo == 0:
                self.by_range[(a, b)] = out[-1]
        return out

    def _chunk(self, raw: list[str], starts: list[int], a: int, b: int, used, diagnosed: bool) -> Chunk:
        body = "\n".join(raw[a:b]) + ("\n" if b < len(raw) else "")
        entries = self.pool.get(body)
        chunk = entries.popitem()[1][0] if entries else None
        if chunk is None:
            chunk = Chunk(body, a + 1, starts[a])
            self._parse(chunk)
        else:
            self._move(chunk, a + 1, starts[a])
        if diagnosed and chunk.items is None and chunk.errors_line != chunk.line:
            self._diagnose(chunk)
        used.setdefault(body, {})[id(chunk)] = (chunk, 0)
        return chunk

    def _take_back(self, chunk: Chunk, a: int, starts: list[int], used) -> bool:
        """Use the previous version's statement for lines a...: it leaves the pool of spares."""
        entries = self.pool.get(chunk.text)
        if entries is None or entries.pop(id(chunk), None) is None:
            return False
        self._move(chunk, a + 1, starts[a])
        if chunk.items is None and chunk.errors_line != chunk.line:
            self._diagnose(chunk)
        used.setdefault(chunk.text, {})[id(chunk)] = (chunk, 0)
        return True

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
        kept = [True] * (b - a)
        for i, leaf in enumerate(leaves[:keep_from]):
            if i and leaf.items is not None and not any(isinstance(x, n.FunctionDef) for x in leaf.items):
                count = leaf.text.count("\n") + (0 if leaf.text.endswith("\n") else 1)
                for ln in range(leaf.line - 1 - a, leaf.line - 1 - a + count):
                    kept[ln] = False
        return _diagnose_lines(self.path, [(a + 1 + i, raw[a + i]) for i in range(b - a) if kept[i]])

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
        errors = _diagnose_lines(self.path, list(enumerate(chunk.text.split("\n"), chunk.line)))
        if not errors:  # parse_items' fallback: Lark's own error, moved
            errors = [_moved(e, chunk.line - 1) for e in chunk.failure]
        chunk.errors, chunk.errors_line = errors, chunk.line

    def _move(self, chunk: Chunk, line: int, offset: int) -> None:
        if chunk.line != line or chunk.offset != offset:
            if chunk.items:
                _shift(chunk.nodes, line - chunk.line, offset - chunk.offset)
            chunk.line, chunk.offset = line, offset


_NOT_CLOSED = re.compile(r"\(line (\d+)\) is not closed")


def _diagnose_lines(path: str, lines: list[tuple[int, str]]) -> list[CompileError]:
    """diagnose() of some lines of a file, given with their real (1-based) numbers, as if
    the lines in between were blank: they are left out rather than blanked, since the
    compiler's lexer reads every newline, and the errors are numbered back."""
    numbers = [number for number, _text in lines]
    if not numbers:
        return []

    def real(k: int) -> int:  # 1-based line of the text given -> line of the file
        if k <= 0:
            return k
        return numbers[k - 1] if k <= len(numbers) else numbers[-1] + k - len(numbers)

    out = []
    for e in diagnose("\n".join(text for _number, text in lines), path):
        message = _NOT_CLOSED.sub(lambda m: f"(line {real(int(m.group(1)))}) is not closed", e.message)
        out.append(CompileError(message, e.path, real(e.line), e.col, e.source_line, e.expected, e.code, e.kind))
    return out


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
