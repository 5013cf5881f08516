"""Symbols: what one file declares and which names it uses, with positions.

Stage: editor support, after parsing. Read from a file's AST (the items of
the statements that parse, so a file being typed keeps its outline). A
method declares its #DECLARE signature; a class its parent, constructor,
functions, accessors and properties. Uses are the names of calls (methods
or commands), member names and class references; they feed references,
rename-free navigation and the re-check of dependent files.
Lines are 1-based, columns 1-based in code points, as the parser gives them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from interpreter.compiler import nodes as n
from interpreter.lsp.incremental import ParsedFile
from runtime.registry import key


@dataclass
class Signature:
    """A method, class function, accessor or constructor."""

    name: str
    kind: str  # method | function | get | set | constructor
    params: list[tuple[str, str | None, bool]]  # ($name without $, type as written, variadic)
    result: tuple[str, str | None] | None  # (name or "", type)
    line: int
    col: int  # of the name (constructor: of the line)
    modifiers: tuple[str, ...] = ()
    end_line: int = 0  # last line of the body
    doc: str = ""  # the comment lines just above it (or at the top of a method)

    def label(self, owner: str = "") -> str:
        """As a 4D developer writes it: hello($who : Text) : Text."""
        parts = []
        for name, t, variadic in self.params:
            text = "..." if variadic else "$" + name
            parts.append(f"{text} : {t}" if t else text)
        res = ""
        if self.result is not None:
            rname, rtype = self.result
            res = f" -> ${rname} : {rtype}" if rname and rtype else (f" -> ${rname}" if rname else f" : {rtype}")
        if self.kind == "constructor":
            head = "Class constructor" + (f" ({owner})" if owner else "")
            return f"{head}({'; '.join(parts)})"
        prefix = {"get": "get ", "set": "set "}.get(self.kind, "")
        dotted = f"{owner}." if owner and self.kind != "method" else ""
        head = "Function " if self.kind in ("function", "get", "set") else ""
        return f"{head}{prefix}{dotted}{self.name}({'; '.join(parts)}){res}"

    @property
    def result_type(self) -> str | None:
        return self.result[1] if self.result else None


@dataclass
class Property:
    name: str
    type: str | None
    line: int
    col: int


@dataclass
class FileSymbols:
    """The declarations and uses of one source file."""

    path: str
    name: str  # the method or class name (the file's stem)
    is_class: bool
    method: Signature | None = None
    parent: str | None = None  # Class extends (as written)
    parent_pos: tuple[int, int] = (0, 0)
    constructor: Signature | None = None
    functions: dict[str, Signature] = field(default_factory=dict)  # functions; get/set under "get name"
    properties: dict[str, Property] = field(default_factory=dict)
    uses: list[tuple[str, str, int, int]] = field(default_factory=list)  # (kind, name, line, col)
    this_members: set[str] = field(default_factory=set)  # names set by This.name:=... in the class

    def members(self) -> list[Signature]:
        out = [self.constructor] if self.constructor else []
        return out + list(self.functions.values())

    def function(self, name: str) -> Signature | None:
        return self.functions.get(name) or self.functions.get("get " + name)

    def signature_key(self) -> tuple:
        """What other files depend on: changes here re-check the workspace."""
        if not self.is_class:
            m = self.method
            return ("method", self.name, tuple(m.params) if m else (), m.result if m else None)
        return ("class", self.name, self.parent,
                tuple(sorted((k, tuple(s.params), s.result) for k, s in self.functions.items())),
                tuple(self.constructor.params) if self.constructor else None,
                tuple(sorted((p.name, p.type) for p in self.properties.values())))

    def used_names(self) -> set[str]:
        """Keys of the bare names this file calls or reads (methods among them)."""
        return {key(name) for kind, name, _l, _c in self.uses if kind == "name"}

    def used_classes(self) -> set[str]:
        return {name for kind, name, _l, _c in self.uses if kind == "class"}


_DOC = re.compile(r"^\s*//\s?(.*)$")


def _doc_above(lines: list[str], line: int) -> str:
    """The // comment lines right above line `line` (1-based)."""
    out: list[str] = []
    i = line - 2
    while i >= 0:
        m = _DOC.match(lines[i])
        if not m:
            break
        out.append(m.group(1).rstrip())
        i -= 1
    return "\n".join(reversed(out)).strip()


def _method_doc(lines: list[str]) -> str:
    out: list[str] = []
    for text in lines:
        m = _DOC.match(text)
        if m:
            out.append(m.group(1).rstrip())
        elif text.strip() and not text.lstrip().lower().startswith("#declare"):
            break
    return "\n".join(out).strip()


def _params(params: list[n.Param]) -> list[tuple[str, str | None, bool]]:
    return [(p.name, p.type.name if p.type else None, p.variadic) for p in params]


def _result(res: n.Param | None) -> tuple[str, str | None] | None:
    if res is None:
        return None
    return (res.name, res.type.name if res.type else None)


def file_symbols(parsed: ParsedFile, name: str) -> FileSymbols:
    """The symbols of one file, from the items of its statements that parse.

    What each statement uses is kept on its chunk: an edit walks the
    changed statements only."""
    lines = parsed.text.split("\n")
    leaves = [c for c in parsed.leaves if c.items]
    top = [i for c in leaves for i in c.items]
    is_class = any(isinstance(i, (n.ClassExtends, n.FunctionDef, n.PropertyDecl)) for i in top)
    fs = FileSymbols(parsed.path, name, is_class)
    if not is_class:
        decl = next((i for i in top if isinstance(i, n.Declare)), None)
        fs.method = Signature(name, "method", _params(decl.params) if decl else [],
                              _result(decl.result) if decl else None, 1, 1,
                              end_line=len(lines), doc=_method_doc(lines))
    else:
        _class_members(fs, top, lines)
    uses: list[tuple[str, str, int, int]] = []
    for c in leaves:
        facts = c.facts.get("uses")
        if facts is None:
            facts = c.facts["uses"] = _uses(c.nodes)
        uses += [(kind, uname, node.line, node.col + delta) for kind, uname, node, delta in facts[0]]
        fs.this_members |= facts[1]
    fs.uses = uses
    return fs


def _class_members(fs: FileSymbols, items: list[n.Node], lines: list[str]) -> None:
    last: Signature | None = None
    for item in items:
        if isinstance(item, (n.ClassExtends, n.FunctionDef, n.PropertyDecl)) and last is not None:
            last.end_line = item.line - 1
            last = None
        if isinstance(item, n.ClassExtends):
            fs.parent = item.parent.name
            fs.parent_pos = (item.parent.line, item.parent.col)
        elif isinstance(item, n.PropertyDecl):
            src = lines[item.line - 1] if 0 < item.line <= len(lines) else ""
            for pname in item.names:
                m = re.search(r"(?<![\w$.])" + re.escape(pname) + r"(?!\w)", src[item.col - 1:] if item.col else src)
                col = (item.col - 1 if item.col else 0) + (m.start() + 1 if m else 1)
                fs.properties[pname] = Property(pname, item.type.name if item.type else None, item.line, col)
        elif isinstance(item, n.FunctionDef):
            sig = Signature(item.name, item.kind, _params(item.params), _result(item.result), item.line,
                            item.col, item.modifiers, doc=_doc_above(lines, item.line))
            if item.kind == "constructor":
                fs.constructor = sig
            else:
                fs.functions[item.name if item.kind == "function" else f"{item.kind} {item.name}"] = sig
            last = sig
    if last is not None:
        last.end_line = len(lines)


def _uses(nodes: list[n.Node]) -> tuple[list[tuple[str, str, n.Node, int]], set[str]]:
    """(uses as (kind, name, node, column offset from the node), names set by This.name:=)."""
    out: list[tuple[str, str, n.Node, int]] = []
    this: set[str] = set()
    for x in nodes:
        t = type(x)
        if t is n.Call or t is n.Name:
            out.append(("name", x.name, x, 0))
        elif t is n.Member or t is n.MemberCall:
            obj = x.obj
            if type(obj) is n.Name and obj.name.lower() == "cs":
                out.append(("class", x.name, x, 0))
            else:
                out.append(("member", x.name, x, 0))
        elif t is n.TypeRef:
            head, _, cname = x.name.rpartition(".")
            if head.lower() == "cs":
                out.append(("class", cname, x, len(head) + 1))
        elif t is n.ClassExtends:
            head, _, cname = x.parent.name.rpartition(".")
            if not head:  # Class extends Base (cs.Base is a TypeRef, above)
                out.append(("class", cname, x.parent, 0))
        elif (t is n.Assign or t is n.CompoundAssign) and type(x.target) is n.Member:
            obj = x.target.obj
            if type(obj) is n.Name and obj.name.lower() == "this":
                this.add(x.target.name)
    out.sort(key=lambda u: (u[2].line, u[2].col + u[3]))
    return out, this
