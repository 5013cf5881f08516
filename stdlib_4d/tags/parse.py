"""4D transformation tags: cut a template into text and tags, and nest the blocks.

Stage: stdlib. The result is a tree of the classes below plus the list of 4D
code pieces the tags hold, in order (kind, source, line), which
interpreter/compiler/templates.py compiles together (hooks.compile_template).

Tags are HTML comments `<!--#4DTAG contents-->` (tag names in any case); the
$ forms `$4DTEXT(...)`, `$4DHTML(...)`, `$4DEVAL(...)` are recognised when
`dollar` is true (PROCESS 4D TAGS, pages called by URL, 4DINCLUDE), their
parenthesis matched with quotes and parentheses nested inside. A comment that
is not a 4D tag, a stray closing tag and a tag without its `-->` stay text.
"""

from __future__ import annotations

import re

# Longest names first: 4DELSEIF before 4DELSE, 4DENDLOOP before 4DEACH...
_NAMES = ("4DELSEIF", "4DELSE", "4DENDIF", "4DENDLOOP", "4DENDEACH", "4DEACH", "4DEVAL", "4DHTML",
          "4DTEXT", "4DSCRIPT/", "4DINCLUDE", "4DBASE", "4DCODE", "4DIF", "4DLOOP")
_NAME_RE = re.compile("|".join(re.escape(x) for x in _NAMES), re.I)
_START_COMMENT = re.compile(r"<!--#", re.I)
_START_BOTH = re.compile(r"<!--#|\$4D(TEXT|HTML|EVAL)[ \t]*\(", re.I)
_LINE_BREAKS = re.compile(r"\r\n|\r|\n")
_WORD = re.compile(r"[A-Za-z0-9_]")
_TABLE = re.compile(r"^\s*(\[[^\[\]]+\])\s*$")
_EACH = re.compile(r"^\s*(.+?)\s+in\s+(.+?)\s*$", re.I | re.S)


class Text:
    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = text


class Value:
    """4DTEXT, 4DHTML, 4DEVAL (comment or $ form)."""

    __slots__ = ("kind", "piece", "tag", "dollar")

    def __init__(self, kind: str, piece: int, tag: str, dollar: bool) -> None:
        self.kind, self.piece, self.tag, self.dollar = kind, piece, tag, dollar


class Script:
    """4DSCRIPT/Method/Param."""

    __slots__ = ("method", "param", "tag")

    def __init__(self, method: str, param: str, tag: str) -> None:
        self.method, self.param, self.tag = method, param, tag


class Code:
    __slots__ = ("piece", "tag")

    def __init__(self, piece: int, tag: str) -> None:
        self.piece, self.tag = piece, tag


class Include:
    __slots__ = ("path", "tag")

    def __init__(self, path: str, tag: str) -> None:
        self.path, self.tag = path, tag


class Base:
    __slots__ = ("path", "tag")

    def __init__(self, path: str, tag: str) -> None:
        self.path, self.tag = path, tag


class Block:
    closer = ""
    __slots__ = ("tag", "children", "closed")

    def __init__(self, tag: str) -> None:
        self.tag = tag
        self.children: list = []
        self.closed = False

    def body(self) -> list:
        """Where the next node goes."""
        return self.children


class If(Block):
    """4DIF {4DELSEIF} {4DELSE} 4DENDIF: branches (piece, tag, children), then else."""

    closer = "4DENDIF"
    __slots__ = ("branches", "otherwise")

    def __init__(self, tag: str, piece: int) -> None:
        super().__init__(tag)
        self.branches: list[tuple[int, str, list]] = [(piece, tag, self.children)]
        self.otherwise: list | None = None

    def body(self) -> list:
        return self.otherwise if self.otherwise is not None else self.branches[-1][2]


class Loop(Block):
    """4DLOOP condition: `table` is "[Name]" for a table loop (pieces first/end/next)."""

    closer = "4DENDLOOP"
    __slots__ = ("source", "piece", "table")

    def __init__(self, tag: str, source: str, piece: int, table: tuple[int, int, int] | None) -> None:
        super().__init__(tag)
        self.source, self.piece, self.table = source, piece, table


class Each(Block):
    """4DEACH variable in expression: pieces for the variable (a target) and the expression."""

    closer = "4DENDEACH"
    __slots__ = ("var", "piece")

    def __init__(self, tag: str, var: int, piece: int) -> None:
        super().__init__(tag)
        self.var, self.piece = var, piece


class Broken:
    """A tag whose contents cannot be read (4DEACH without `in`): its error text."""

    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = text


class Template:
    """A parsed template: its nodes, its code pieces, and whether it holds any tag."""

    __slots__ = ("nodes", "pieces", "tags", "text")

    def __init__(self, nodes: list, pieces: list[tuple[str, str, int]], tags: int, text: str) -> None:
        self.nodes, self.pieces, self.tags, self.text = nodes, pieces, tags, text


def _dollar_end(text: str, i: int) -> int:
    """The index of the `)` closing the parenthesis opened just before `i`, or -1."""
    depth = 1
    n = len(text)
    while i < n:
        c = text[i]
        if c == '"':
            i += 1
            while i < n and text[i] != '"':
                i += 2 if text[i] == "\\" else 1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    return -1


def parse(text: str, dollar: bool) -> Template:
    """Parse `text` (the $ forms too when `dollar`)."""
    pieces: list[tuple[str, str, int]] = []
    root: list = []
    stack: list[Block] = []
    tags = 0
    line, counted = 1, 0  # the line of `counted` (line breaks counted incrementally)
    start_re = _START_BOTH if dollar else _START_COMMENT
    pos = 0
    size = len(text)

    def add(node) -> None:
        (stack[-1].body() if stack else root).append(node)

    def add_text(chunk: str) -> None:
        if chunk:
            body = stack[-1].body() if stack else root
            if body and type(body[-1]) is Text:
                body[-1].text += chunk
            else:
                body.append(Text(chunk))

    def piece(kind: str, source: str, at: int) -> int:
        pieces.append((kind, source, at))
        return len(pieces) - 1

    def close(closer: str, tag: str) -> None:
        for depth in range(len(stack) - 1, -1, -1):
            if stack[depth].closer == closer:
                stack[depth].closed = True
                del stack[depth:]  # blocks opened inside it and left open stay unclosed
                return
        add_text(tag)  # a stray closing tag stays text

    while pos < size:
        m = start_re.search(text, pos)
        if m is None:
            add_text(text[pos:])
            break
        start = m.start()
        add_text(text[pos:start])
        line += len(_LINE_BREAKS.findall(text, counted, start))
        counted = start
        if m.group(0)[0] == "$":
            end = _dollar_end(text, m.end())
            if end < 0:
                add_text(m.group(0))
                pos = m.end()
                continue
            tag = text[start:end + 1]
            kind = m.group(1).lower()
            add(Value(kind, piece("value" if kind != "eval" else "eval", text[m.end():end], line), tag, True))
            tags += 1
            pos = end + 1
            continue
        nm = _NAME_RE.match(text, m.end())
        name_end = nm.end() if nm else -1
        if nm is None or (not nm.group(0).endswith("/") and name_end < size and _WORD.match(text, name_end)):
            add_text(m.group(0))
            pos = m.end()
            continue
        name = nm.group(0).upper()
        if name == "4DCODE" and (name_end >= size or text[name_end] not in " \r\n"):
            add_text(text[start:name_end])
            pos = name_end
            continue
        close_at = text.find("-->", name_end)
        if close_at < 0:
            add_text(text[start:])
            break
        tag = text[start:close_at + 3]
        contents = text[name_end:close_at]
        pos = close_at + 3
        tags += 1
        if name in ("4DTEXT", "4DHTML", "4DEVAL"):
            kind = name[2:].lower()
            add(Value(kind, piece("value" if kind != "eval" else "eval", contents, line), tag, False))
        elif name == "4DCODE":
            code = _LINE_BREAKS.sub("\n", contents)
            add(Code(piece("code", code, line), tag))
        elif name == "4DSCRIPT/":
            method, _, param = contents.partition("/")
            add(Script(method.strip(), "/" + param if _ else "", tag))
        elif name == "4DINCLUDE":
            add(Include(contents.strip(), tag))
        elif name == "4DBASE":
            add(Base(contents.strip(), tag))
        elif name == "4DIF":
            block = If(tag, piece("value", contents, line))
            add(block)
            stack.append(block)
        elif name == "4DELSEIF" or name == "4DELSE":
            top = stack[-1] if stack else None
            if type(top) is not If or top.otherwise is not None:
                add_text(tag)
            elif name == "4DELSE":
                top.otherwise = []
            else:
                top.branches.append((piece("value", contents, line), tag, []))
        elif name == "4DENDIF" or name == "4DENDLOOP" or name == "4DENDEACH":
            close(name, tag)
        elif name == "4DLOOP":
            table = _TABLE.match(contents)
            pieces_of_table = None
            if table:
                t = table.group(1)
                pieces_of_table = (piece("code", f"FIRST RECORD:C50({t})", line),
                                   piece("value", f"End selection:C36({t})", line),
                                   piece("code", f"NEXT RECORD:C51({t})", line))
            block = Loop(tag, contents.strip(), -1 if table else piece("value", contents, line),
                         pieces_of_table)
            add(block)
            stack.append(block)
        elif name == "4DEACH":
            each = _EACH.match(contents)
            if each is None:
                add(Broken(f"{tag}: 4DEACH expects a variable, in, and an expression"))
                # Its 4DENDEACH still closes something: an Each with nothing to iterate.
                block = Each(tag, -1, -1)
            else:
                block = Each(tag, piece("target", each.group(1), line), piece("value", each.group(2), line))
            add(block)
            stack.append(block)
    return Template(root, pieces, tags, text)
