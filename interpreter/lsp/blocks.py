"""Block structure of 4D source, line by line, without the parser.

Stage: editor support. A cheap scan blanks text literals and comments and
recognises the block keywords that start each logical line (If, End if,
Case of, Function...). It cuts a file into its top-level statements, the
units of incremental parsing (incremental.py), and gives every line the
indentation level the 4D editor would give it (formatting.py). It never
raises: bad nesting is clamped and left for the parser to report.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Openers -> (closer, keywords that may continue the block), as diagnose.py has them.
OPENERS = {
    "IF": ("END_IF", {"ELSE"}),
    "CASE_OF": ("END_CASE", {"COLON", "ELSE"}),
    "WHILE": ("END_WHILE", set()),
    "REPEAT": ("UNTIL", set()),
    "FOR": ("END_FOR", set()),
    "FOR_EACH": ("END_FOR_EACH", set()),
    "USE": ("END_USE", set()),
    "TRY": ("END_TRY", {"CATCH"}),
}
CLOSERS = {closer for closer, _ in OPENERS.values()}
MIDDLES = {"ELSE", "CATCH", "COLON"}

_KEYWORD = re.compile(
    r"(end +for +each|end +for|end +if|end +case|end +while|end +use|end +try|for +each|case +of"
    r"|else|until|repeat|while|for|if|use|try|catch)(?!\w)",
    re.IGNORECASE,
)
_MEMBER = re.compile(
    r"(?:(?:shared|singleton|session) +)*(?:function|class +constructor|class +extends|property)(?!\w)",
    re.IGNORECASE,
)
_TRY_CALL = re.compile(r"try\s*\(", re.IGNORECASE)
_STRING = re.compile(r'"(?:[^"\\\n]|\\.)*"')
_CODE_MARK = re.compile(r'"|//|/\*')
_COMMENT_MARK = re.compile(r"/\*|\*/")


@dataclass(slots=True)
class Line:
    """One physical line, as the scan sees it."""

    code: str  # the line with comments removed and text literals emptied ("")
    kind: str  # blank | code | open | middle | close | member | continued | comment
    keyword: str  # IF, END_IF, COLON... ("" for plain code)
    level: int  # indentation level (in tabs) the 4D editor gives it
    ends_chunk: bool  # a top-level statement ends with this line
    open_before: int = 0  # blocks open before this line


def strip_line(line: str, depth: int) -> tuple[str, int]:
    """The code of one line, and the block-comment depth after it."""
    out: list[str] = []
    i, size = 0, len(line)
    while i < size:
        if depth:
            m = _COMMENT_MARK.search(line, i)
            if m is None:
                break
            depth += 1 if m.group() == "/*" else -1
            i = m.end()
            if not depth:
                out.append(" ")
            continue
        m = _CODE_MARK.search(line, i)
        if m is None:
            out.append(line[i:])
            break
        out.append(line[i:m.start()])
        mark = m.group()
        if mark == '"':
            s = _STRING.match(line, m.start())
            out.append('""')
            i = s.end() if s else size
        elif mark == "//":
            break
        else:
            depth, i = 1, m.end()
    return "".join(out), depth


def keyword_of(code: str) -> tuple[str, str]:
    """(kind, keyword) of a logical line's code (leading blanks allowed)."""
    s = code.lstrip(" \t\f\u00a0\ufeff")
    if not s:
        return "blank", ""
    if s[0] == ":" and not s.startswith(":="):
        return "middle", "COLON"
    if _MEMBER.match(s):
        return "member", "MEMBER"
    m = _KEYWORD.match(s)
    if m is None:
        return "code", ""
    word = "_".join(m.group(1).upper().split())
    if word == "TRY" and _TRY_CALL.match(s):
        return "code", ""  # Try(expression), not a Try block
    if word in OPENERS:
        return "open", word
    if word in CLOSERS:
        return "close", word
    return "middle", word


class Lines(list):
    """The lines of a file; `open_at_end`: blocks still open after the last line.

    `states[i]` is the scan's state after line i (what the next line's reading
    depends on), so that rescan() can resume anywhere. `same_before` and
    `same_from` (with `shift`): lines [0, same_before) are the previous version's
    at the same index, and lines [same_from, end) the previous version's at
    index - shift, with the same state before them (set by rescan()).
    """

    open_at_end = 0
    same_before = 0
    same_from: int | None = None
    shift = 0

    def __init__(self, *args) -> None:
        super().__init__(*args)
        self.states: list[tuple] = []


_START = ((), 0, False, 0)  # (open blocks, comment depth, continued, base level) before the first line


_CLASSIFIED: dict[tuple[str, int], tuple[str, int, str, str]] = {}


def _classify(physical: str, comment: int) -> tuple[str, int, str, str]:
    """(code, comment depth after, kind, keyword) of a line, cached: most lines do not change."""
    got = _CLASSIFIED.get((physical, comment))
    if got is None:
        code, after = strip_line(physical, comment)
        if comment and not code.strip():
            kind, word = "comment", ""
        else:
            kind, word = keyword_of(code)
        if kind == "blank" and physical.strip() and not comment:
            kind = "comment"  # a line holding only a comment
        if len(_CLASSIFIED) > 200_000:
            _CLASSIFIED.clear()
        got = _CLASSIFIED[(physical, comment)] = (code, after, kind, word)
    return got


def scan(text: str) -> Lines:
    """Every line of `text` (newlines already normalised) with its structure."""
    out = Lines()
    out.open_at_end = _scan_into(out, text.split("\n"), 0, _START)
    return out


def rescan(raw: list[str], old_raw: list[str], old: Lines) -> Lines:
    """scan() of the lines `raw`, reusing what the scan `old` of `old_raw` (the previous
    version) found for the lines before the first change and after the last one."""
    size, old_size = len(raw), len(old_raw)
    limit = min(size, old_size)
    top = 0
    while top < limit and raw[top] == old_raw[top]:
        top += 1
    bottom = 0
    while bottom < limit - top and raw[size - 1 - bottom] == old_raw[old_size - 1 - bottom]:
        bottom += 1
    out = Lines(old[:top])
    out.states = old.states[:top]
    out.same_before = top
    shift = size - old_size
    resume_at = size - bottom  # from here, lines are the old ones moved by `shift`
    state = out.states[-1] if top else _START
    i = top
    while i < size:
        if i >= resume_at and state == (old.states[i - shift - 1] if i - shift else _START):
            out.extend(old[i - shift:])
            out.states.extend(old.states[i - shift:])
            out.open_at_end, out.same_from, out.shift = old.open_at_end, i, shift
            return out
        state = _scan_into(out, raw, i, state, i + 1)
        i += 1
    out.open_at_end = len(state[0])
    return out


def _scan_into(out: Lines, raw: list[str], start: int, state: tuple, stop: int | None = None):
    """Scan raw[start:stop] from `state`, appending to out; the state after the last
    line (stop given), else the number of blocks open at the end."""
    opened, comment, continued, base = state
    stack = list(opened)  # (opener, level of its line)
    append, record = out.append, out.states.append
    for physical in raw[start:stop]:
        code, after, kind, word = _classify(physical, comment)
        comment = after
        if continued:
            kind, word = "continued", ""
        before = len(stack)
        level = _level(kind, word, stack, base)
        if kind == "member":
            stack.clear()
            base = 0 if _is_extends(code) else 1
            level = 0
        elif kind == "open":
            stack.append((word, level))
        elif kind == "close":
            _close(word, stack)
        continued = kind not in ("blank", "comment") and code.rstrip(" \t").endswith("\\")
        ends = not stack and not comment and not continued and kind not in ("blank", "comment")
        append(Line(code, kind, word, level, ends, before))
        record((tuple(stack), comment, continued, base))
    if stop is not None:
        return (tuple(stack), comment, continued, base)
    return len(stack)


def _is_extends(code: str) -> bool:
    return bool(re.match(r"\s*(?:class +extends|property)(?!\w)", code, re.IGNORECASE))


def _level(kind: str, word: str, stack: list[tuple[str, int]], base: int) -> int:
    if not stack:
        return base
    opener, at = stack[-1]
    body = at + (2 if opener == "CASE_OF" else 1)
    if kind == "middle":
        for op, lvl in reversed(stack):
            if word in OPENERS[op][1]:
                return lvl + 1 if op == "CASE_OF" else lvl
        return body
    if kind == "close":
        for op, lvl in reversed(stack):
            if OPENERS[op][0] == word:
                return lvl
        return body
    return body


def _close(word: str, stack: list[tuple[str, int]]) -> None:
    for i in range(len(stack) - 1, -1, -1):
        if OPENERS[stack[i][0]][0] == word:
            del stack[i:]
            return
    # A closer without its opener: the parser reports it; the nesting stays.


def chunk_ranges(lines: list[Line]) -> list[tuple[int, int]]:
    """[start, end) line indices (0-based) of the top-level statements, covering every line."""
    out: list[tuple[int, int]] = []
    start = 0
    for i, line in enumerate(lines):
        if line.ends_chunk:
            out.append((start, i + 1))
            start = i + 1
    if start < len(lines):
        out.append((start, len(lines)))
    return out


def is_class_source(lines: list[Line]) -> bool:
    return any(line.kind == "member" for line in lines)
