"""Doc collection: the ```4d blocks of a Markdown page and what to expect of them.

Stage: doc-test front end (no execution). A page is any Markdown file
(extension free). Each ```4d block gets a stable id (file, nearest heading,
line of its fence), a kind (class or method), a class name (from its leading
comment or a `cs.Name` reference on the page) and its expected output: a
```text / ```output block right after it, or trailing comments that can be
read without doubt (`ALERT(...)  // displays "x"`, `// $r is 7`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

_FENCE = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>```+|~~~+)[ \t]*(?P<info>[^\n`]*)$")
_HEADING = re.compile(r"^#{1,6}\s+(.*?)\s*#*\s*$")
# Leading comments that name a class: "// Name class", "// Name クラス", "// Classe Name"...
_CLASS_COMMENT = [
    re.compile(r"^\s*//\s*(?:Class|Classe|Klasse|Clase|Classe utilisateur)\s*:?\s+([A-Za-z_]\w*)", re.I),
    re.compile(r"^\s*//\s*([A-Za-z_]\w*)\s+(?:class|クラス|user class)\b", re.I),
    re.compile(r"^\s*//\s*(?:cs\.)?([A-Za-z_]\w*)\s*$"),
]
_CS_REF = re.compile(r"\bcs\.([A-Za-z_]\w*)")
_DISPLAYS = re.compile(r'//\s*(?:displays?|affiche|->|=>)\s*:?\s*"(.*)"\s*$', re.I)
_VALUE_IS = re.compile(r"//\s*(\$\w+)\s*(?:is|=|equals|vaut)\s*(.+?)\s*$", re.I)


@dataclass
class Check:
    """An expectation read from a trailing comment."""

    line: int  # page line of the comment
    kind: str  # "output" | "value"
    variable: str = ""
    expected: str = ""


@dataclass
class Block:
    page: Path
    line: int  # page line of the opening fence
    heading: str
    code: str
    kind: str = "method"  # "method" | "class"
    class_name: str = ""
    expected_output: str | None = None  # from a ```text block right after
    output_line: int = 0
    checks: list[Check] = field(default_factory=list)

    @property
    def first_line(self) -> int:
        return self.line + 1

    @property
    def id(self) -> str:
        slug = re.sub(r"[^\w]+", "-", self.heading.lower()).strip("-") or "top"
        return f"{self.page.name}::{slug}::L{self.line}"


def read_fences(text: str):
    """(line of the fence, info string, body) for each fenced block."""
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        m = _FENCE.match(lines[i])
        if not m:
            i += 1
            continue
        fence, info = m.group("fence"), m.group("info").strip()
        start = i
        body = []
        i += 1
        while i < len(lines) and not lines[i].strip().startswith(fence[0] * len(fence)):
            body.append(lines[i][len(m.group("indent")):] if lines[i].startswith(m.group("indent")) else lines[i])
            i += 1
        yield start + 1, info, "\n".join(body) + ("\n" if body else ""), i + 1
        i += 1


def _headings(text: str) -> list[tuple[int, str]]:
    out = []
    in_fence = False
    for n, line in enumerate(text.split("\n"), 1):
        if _FENCE.match(line):
            in_fence = not in_fence
            continue
        m = None if in_fence else _HEADING.match(line)
        if m:
            out.append((n, m.group(1)))
    return out


def without_elision(code: str) -> str:
    """A line holding only `...` stands for omitted code: drop it (keeps line numbers)."""
    return "\n".join("" if ln.strip() in ("...", "…") else ln for ln in code.split("\n"))


def collect(page: Path) -> list[Block]:
    text = page.read_text(encoding="utf-8")
    headings = _headings(text)
    fences = list(read_fences(text))
    blocks: list[Block] = []
    for index, (line, info, body, end_line) in enumerate(fences):
        lang = info.split()[0].lower() if info else ""
        if lang != "4d":
            continue
        heading = next((h for n, h in reversed(headings) if n < line), "")
        block = Block(page, line, heading, without_elision(body))
        nxt = fences[index + 1] if index + 1 < len(fences) else None
        if nxt is not None and _is_output_block(nxt, end_line, text):
            block.expected_output = nxt[2]
            block.output_line = nxt[0]
        blocks.append(block)
    _classify(blocks, text)
    return blocks


def _is_output_block(fence, previous_end: int, text: str) -> bool:
    """A ```text or ```output block with only blank lines before it holds expected output."""
    line, info, _body, _end = fence
    if (info.split() or [""])[0].lower() not in ("text", "output"):
        return False
    between = text.split("\n")[previous_end:line - 1]
    return all(not ln.strip() for ln in between)


def _classify(blocks: list[Block], page_text: str) -> None:
    from interpreter.compiler.parser import parse_items
    from interpreter.compiler.units import is_class_items
    from runtime.errors import CompileErrors

    refs = _CS_REF.findall(page_text)
    for block in blocks:
        try:
            is_class = is_class_items(parse_items(block.code, str(block.page)))
        except CompileErrors:
            is_class = _looks_like_class(block.code)
        if is_class:
            block.kind = "class"
            block.class_name = _class_name(block.code, refs)
        else:
            block.checks = _checks(block)


def _looks_like_class(code: str) -> bool:
    return bool(re.search(r"^\s*(?:shared\s+|singleton\s+)*(?:Function|Class constructor|Class extends)\b",
                          code, re.M | re.I))


def _class_name(code: str, refs: list[str]) -> str:
    for line in code.split("\n"):
        if not line.strip():
            continue
        if not line.lstrip().startswith("//"):
            break
        for pattern in _CLASS_COMMENT:
            m = pattern.match(line)
            if m:
                return m.group(1)
    return refs[0] if refs else ""


def _checks(block: Block) -> list[Check]:
    checks = []
    for offset, line in enumerate(block.code.split("\n")):
        page_line = block.first_line + offset
        m = _DISPLAYS.search(line)
        if m and line.lstrip().upper().startswith("ALERT"):
            checks.append(Check(page_line, "output", expected=m.group(1)))
            continue
        m = _VALUE_IS.search(line)
        if m and ":=" in line.split("//")[0]:
            checks.append(Check(page_line, "value", m.group(1)[1:], m.group(2)))
    return checks
