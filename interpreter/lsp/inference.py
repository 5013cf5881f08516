"""Inference: the type of an expression at a place in a file, and its members.

Stage: editor support, read-only over the AST and the workspace's symbols.
What a 4D developer sees the editor know: a local's declared type (var,
#DECLARE, Function parameters, C_XXX), or else the value last assigned to it
before the cursor (`$g:=cs.Greeter.new()`, `$o:={a: 1}`); `This` in a class
function; `cs.X` and `4D.X` classes, `.new()` instances, class properties
and function results by their declared types; collection member functions.
Anything else is unknown (None): the editor then offers nothing rather
than guessing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from interpreter.compiler import nodes as n
from interpreter.compiler.parser import parse_items
from interpreter.compiler.scope import LEGACY_DECLARATIONS
from interpreter.lsp import catalog
from interpreter.lsp.checker import make_file_unit
from interpreter.lsp.incremental import ParsedFile
from interpreter.lsp.symbols import FileSymbols, Signature
from runtime.errors import CompileErrors

# Collection member functions by what they return.
_COLL_RETURNS_COLL = {"combine", "concat", "copy", "distinct", "extract", "fill", "filter", "flat", "flatMap",
                      "indices", "insert", "map", "multiSort", "orderBy", "orderByMethod", "push", "query",
                      "remove", "resize", "reverse", "slice", "sort", "unshift"}
_COLL_RETURNS = {"average": "real", "count": "real", "countValues": "real", "findIndex": "real",
                 "indexOf": "real", "lastIndexOf": "real", "max": None, "min": None, "sum": "real",
                 "join": "text", "every": "boolean", "some": "boolean", "includes": "boolean", "equal": "boolean"}
_CLASS_MEMBERS = {"new": "function", "name": "property", "superclass": "property", "isShared": "property",
                  "isSingleton": "property", "isSessionSingleton": "property", "me": "property"}


@dataclass(frozen=True)
class T:
    """A static type: kind instance/class/store/collection/object/simple."""

    kind: str
    name: str = ""  # "cs.Greeter", "4D.File", "cs", "text"...
    keys: tuple[tuple[str, T | None], ...] = ()  # an object's known properties

    def __str__(self) -> str:
        if self.kind == "instance":
            return self.name
        if self.kind == "class":
            return f"4D.Class ({self.name})"
        if self.kind == "store":
            return self.name
        if self.kind in ("collection", "object"):
            return self.kind.capitalize()
        return self.name.capitalize()


def from_type_name(name: str | None) -> T | None:
    """A declared type (`Text`, `cs.Greeter`, `4D.File`) as a T."""
    if not name:
        return None
    head, _, tail = name.rpartition(".")
    low = name.lower()
    if low in ("object", "4d.object"):
        return T("object")
    if low in ("collection", "4d.collection"):
        return T("collection")
    if head.lower() == "cs":
        return T("instance", "cs." + tail)
    if head.lower() == "4d":
        return T("instance", "4D." + tail)
    if low == "variant":
        return None
    return T("simple", "integer" if low == "longint" else low)


@dataclass
class Member:
    """Something that may follow a dot."""

    name: str
    kind: str  # function | property | class
    detail: str = ""
    doc: str = ""
    sig: Signature | None = None
    owner: FileSymbols | None = None  # the class file declaring it (user classes)
    type: T | None = None


@dataclass
class LocalVar:
    name: str  # as first written, without $
    type_name: str | None = None  # declared
    line: int = 0
    col: int = 0
    is_param: bool = False
    assigns: list[tuple[int, n.Expr]] = field(default_factory=list)
    keys: dict[str, int] = field(default_factory=dict)  # $o.key:=... (key -> line)


@dataclass
class Scope:
    """What is visible at one line of a file."""

    symbols: FileSymbols | None
    function: Signature | None
    locals: dict[str, LocalVar] = field(default_factory=dict)  # lower-case name -> variable


def _function_bodies(parsed: ParsedFile, name: str) -> list[n.FunctionDef]:
    memo = parsed.memo.get("bodies")
    if memo is None:
        memo = parsed.memo["bodies"] = _bodies(parsed, name)
    return memo


def _bodies(parsed: ParsedFile, name: str) -> list[n.FunctionDef]:
    unit = make_file_unit(parsed, name)
    if unit.cls is not None:
        out = list(unit.cls.functions)
        if unit.cls.constructor is not None:
            out.append(unit.cls.constructor)
        return sorted(out, key=lambda f: f.line)
    return [unit.method] if unit.method is not None else []


def scope_at(parsed: ParsedFile, symbols: FileSymbols, line: int) -> Scope:
    """The locals of the function around `line` (1-based)."""
    bodies = _function_bodies(parsed, symbols.name)
    fdef, end = None, 10**9
    for i, f in enumerate(bodies):
        if f.kind == "method" or f.line <= line:
            fdef = f
            end = bodies[i + 1].line if i + 1 < len(bodies) else 10**9
    k = ("scope", id(symbols), fdef.line if fdef is not None else 0)
    scope = parsed.memo.get(k)
    if scope is None:
        scope = parsed.memo[k] = _scope(parsed, symbols, fdef, end)
    return scope


_NOTED = (n.VarDecl, n.Assign, n.For, n.ForEach, n.Local, n.Call)


def _scope(parsed: ParsedFile, symbols: FileSymbols, fdef: n.FunctionDef | None, end: int) -> Scope:
    scope = Scope(symbols, None)
    if fdef is None:
        return scope
    if fdef.kind == "method":
        scope.function = symbols.method
        decl = next((i for i in parsed.items if isinstance(i, n.Declare)), None)
        params, result = (decl.params, decl.result) if decl else ([], None)
        start = 0
    else:
        scope.function = symbols.constructor if fdef.kind == "constructor" else symbols.function(
            fdef.name if fdef.kind == "function" else f"{fdef.kind} {fdef.name}") or symbols.function(fdef.name)
        params, result = fdef.params, fdef.result
        start = fdef.line
    for p in params:
        if not p.variadic:
            scope.locals[p.name.lower()] = LocalVar(p.name, p.type.name if p.type else None, p.line, p.col, True)
    if result is not None and result.name:
        scope.locals[result.name.lower()] = LocalVar(result.name, result.type.name if result.type else None,
                                                     result.line, result.col, True)
    for leaf in parsed.leaves:
        if not leaf.items or not start <= leaf.line < end:
            continue
        notes = leaf.facts.get("notes")
        if notes is None:  # the nodes worth noting, kept on the statement: an edit walks only what changed
            notes = leaf.facts["notes"] = _notes(leaf.nodes)
        for x in notes:
            _note(scope, x)
    return scope


def _notes(nodes: list[n.Node]) -> list[n.Node]:
    """The nodes of a statement that tell about its function's locals (a local's first use only)."""
    out, seen = [], set()
    for x in nodes:
        t = type(x)
        if t is n.Local:
            low = x.name.lower()
            if low in seen:
                continue
            seen.add(low)
            out.append(x)
        elif t is n.Call:
            if x.name.lower() in LEGACY_DECLARATIONS:
                out.append(x)
        elif isinstance(x, _NOTED):
            out.append(x)
    return out


def _var(scope: Scope, name: str, line: int, col: int) -> LocalVar:
    v = scope.locals.get(name.lower())
    if v is None:
        v = scope.locals[name.lower()] = LocalVar(name, None, line, col)
    return v


def _note(scope: Scope, x: n.Node) -> None:
    t = type(x)
    if t is n.VarDecl:
        for target in x.names:
            if isinstance(target, n.Local):
                v = _var(scope, target.name, target.line, target.col)
                if x.type is not None and v.type_name is None:
                    v.type_name, v.line, v.col = x.type.name, target.line, target.col
                if x.init is not None:
                    v.assigns.append((x.line, x.init))
    elif t is n.Assign:
        target = x.target
        if isinstance(target, n.Local):
            _var(scope, target.name, target.line, target.col).assigns.append((x.line, x.value))
        elif isinstance(target, n.Member) and isinstance(target.obj, n.Local):
            _var(scope, target.obj.name, target.obj.line, target.obj.col).keys.setdefault(target.name, x.line)
    elif t is n.For or t is n.ForEach:
        if isinstance(x.var, n.Local):
            _var(scope, x.var.name, x.var.line, x.var.col)
    elif t is n.Local:
        _var(scope, x.name, x.line, x.col)
    elif t is n.Call:
        legacy = LEGACY_DECLARATIONS.get(x.name.lower())
        if legacy is not None:
            for arg in x.args:
                if isinstance(arg, n.Local):
                    v = _var(scope, arg.name, arg.line, arg.col)
                    v.type_name = v.type_name or legacy.capitalize()


class Types:
    """Static types in one scope, reading the workspace's classes."""

    def __init__(self, ws, scope: Scope, before_line: int = 10**9) -> None:
        self.ws = ws
        self.scope = scope
        self.before = before_line
        self.busy: set[str] = set()

    def local(self, name: str) -> T | None:
        v = self.scope.locals.get(name.lower())
        if v is None:
            return None
        declared = from_type_name(v.type_name)
        if declared is not None and declared.kind != "object":
            return declared
        if v.name.lower() in self.busy:
            return declared
        self.busy.add(v.name.lower())
        try:
            found = None
            for line, value in sorted(v.assigns, key=lambda a: a[0]):
                if line < self.before or found is None:
                    got = self.of(value)
                    if got is not None:
                        found = got
            found = found or declared
        finally:
            self.busy.discard(v.name.lower())
        if v.keys and (found is None or found.kind == "object"):
            keys = dict(found.keys if found else ())
            for k in v.keys:
                keys.setdefault(k, None)
            found = T("object", keys=tuple(keys.items()))
        return found

    def this(self) -> T | None:
        sym = self.scope.symbols
        return T("instance", "cs." + sym.name) if sym is not None and sym.is_class else None

    def of(self, e: n.Node | None, depth: int = 0) -> T | None:
        if e is None or depth > 12:
            return None
        t = type(e)
        if t is n.Local:
            return self.local(e.name)
        if t is n.Name:
            low = e.name.lower()
            if low == "this":
                return self.this()
            if low == "cs":
                return T("store", "cs")
            return self._call(e.name, [])
        if t is n.Store4D:
            return T("store", "4D")
        if t is n.Member:
            return self.member_type(self.of(e.obj, depth + 1), e.name)
        if t is n.MemberCall:
            return self.call_type(self.of(e.obj, depth + 1), e.name)
        if t is n.Call:
            return self._call(e.name, e.args)
        if t is n.ObjectLit:
            return T("object", keys=tuple((k, self.of(v, depth + 1)) for k, v in e.items))
        if t is n.CollectionLit:
            return T("collection")
        if t is n.Literal:
            return T("simple", "real" if e.kind == "number" else e.kind)
        if t is n.Ternary:
            return self.of(e.then, depth + 1) or self.of(e.orelse, depth + 1)
        return None

    def _call(self, name: str, args: list) -> T | None:
        low = " ".join(name.lower().split())
        if low in ("new object", "new shared object"):
            keys = [(a.value, None) for a in args[0::2] if isinstance(a, n.Literal) and a.kind == "text"]
            return T("object", keys=tuple(keys))
        if low in ("new collection", "new shared collection"):
            return T("collection")
        if low in ("formula", "formula from string"):
            return T("instance", "4D.Function")
        info = catalog.command(name)
        if info is not None:
            return from_type_name(info.returns)
        method = self.ws.method_symbols(name)
        if method is not None and method.method is not None:
            return from_type_name(method.method.result_type)
        return None

    def member_type(self, t: T | None, name: str) -> T | None:
        if t is None:
            return None
        if t.kind == "store":
            return T("class", f"{t.name}.{name}")
        if t.kind == "object":
            return dict(t.keys).get(name)
        if t.kind == "collection":
            return T("simple", "real") if name == "length" else None
        if t.kind == "class":
            if name == "superclass":
                parent = self._parent(t.name)
                return T("class", parent) if parent else None
            return T("simple", "text") if name == "name" else None
        for m in self.members(t):
            if m.name == name:
                if m.kind == "function" and m.sig is not None and m.sig.kind == "get":
                    return from_type_name(m.sig.result_type)
                if m.kind == "function":
                    return T("instance", "4D.Function")
                return m.type
        return None

    def call_type(self, t: T | None, name: str) -> T | None:
        if t is None:
            return None
        if t.kind == "class" and name == "new":
            return T("instance", t.name)
        if t.kind == "collection":
            if name in _COLL_RETURNS_COLL:
                return T("collection")
            kind = _COLL_RETURNS.get(name)
            return T("simple", kind) if kind else None
        for m in self.members(t):
            if m.name == name and m.sig is not None:
                return from_type_name(m.sig.result_type)
        return None

    def _parent(self, class_name: str) -> str | None:
        store, _, name = class_name.partition(".")
        if store != "cs":
            return None
        chain = self.ws.class_chain(name)
        if chain and chain[0].parent:
            head, _, tail = chain[0].parent.rpartition(".")
            return f"{'4D' if head.lower() == '4d' else 'cs'}.{tail}"
        return None

    def members(self, t: T | None) -> list[Member]:
        """What may follow `expression.` for an expression of type t."""
        if t is None:
            return []
        if t.kind == "store" and t.name == "cs":
            return [Member(c, "class", "class") for c in self.ws.classes()]
        if t.kind == "store":
            from runtime.classes import BUILTIN_STORE

            return [Member(c, "class", "built-in class") for c in sorted(BUILTIN_STORE.classes)]
        if t.kind == "class":
            return [Member(k, v, "4D.Class") for k, v in _CLASS_MEMBERS.items()]
        if t.kind == "collection":
            from runtime.access import COLLECTION_FUNCS

            out = [Member("length", "property", "Integer")]
            return out + [Member(k, "function", "Collection") for k in sorted(COLLECTION_FUNCS)]
        if t.kind == "object":
            return [Member(k, "property", str(v) if v else "", type=v) for k, v in t.keys]
        if t.kind == "instance" and t.name.startswith("cs."):
            return self._class_members(t.name[3:])
        if t.kind == "instance" and t.name.startswith("4D."):
            return _builtin_members(t.name[3:])
        return []

    def _class_members(self, name: str) -> list[Member]:
        out: dict[str, Member] = {}
        for fs in self.ws.class_chain(name):
            for p in fs.properties.values():
                out.setdefault(p.name, Member(p.name, "property", p.type or "", owner=fs,
                                              type=from_type_name(p.type)))
            for sig in fs.functions.values():
                if sig.kind == "set" and sig.name in out or sig.kind == "event":
                    continue  # an ORDA event is called by ORDA, never by name
                kind = "property" if sig.kind in ("get", "set") else "function"
                out.setdefault(sig.name, Member(sig.name, kind, sig.label(fs.name), sig.doc, sig, fs,
                                                from_type_name(sig.result_type) if kind == "property" else None))
        return list(out.values())


def _builtin_members(name: str) -> list[Member]:
    from runtime.classes import BUILTIN_STORE

    cls = BUILTIN_STORE.classes.get(name)
    py = getattr(cls, "native_type", None)
    if py is None:
        return []
    out = [Member(k, "property", f"4D.{name}") for k in sorted(getattr(py, "props4d", {}))]
    out += [Member(k, "function", f"4D.{name}") for k in sorted(getattr(py, "funcs4d", {}))]
    return out


# ---------------------------------------------------------------------- the text before a dot

_IDENT = re.compile(r"[\w$<>]")


def chain_before(text: str, end: int) -> str | None:
    """The expression just before text[end] (a dot, or the end of a member name's prefix).

    `$x:=cs.Greeter.new("a").` with end at the last dot -> `cs.Greeter.new("a")`.
    """
    i = end
    while i > 0:
        ch = text[i - 1]
        if ch in ")]":
            j = _open_before(text, i - 1)
            if j is None:
                return None
            i = j
            continue
        if _IDENT.match(ch) or ch == ".":
            i -= 1
            continue
        if ch == " ":
            start = _multiword_start(text, i)
            if start is not None:
                i = start
                continue
        break
    expr = text[i:end].strip()
    return expr or None


def _multiword_start(text: str, i: int) -> int | None:
    """Where a command name of several words ending at text[i:] starts (New object...)."""
    m = re.match(r"\w+", text[i:])
    words = re.search(r"((?:\w+ )+)$", text[:i])
    if not m or not words:
        return None
    prev = words.group(1).split()
    for k in range(len(prev), 0, -1):
        if catalog.command(" ".join(prev[-k:] + [m.group()])) is not None:
            return i - len(" ".join(prev[-k:])) - 1
    return None


def _open_before(text: str, close: int) -> int | None:
    pairs = {")": "(", "]": "["}
    depth = 0
    i = close
    in_string = False
    while i >= 0:
        ch = text[i]
        if ch == '"':
            in_string = not in_string
        elif not in_string:
            if ch in pairs:
                depth += 1
            elif ch in "([":
                depth -= 1
                if depth == 0:
                    return i
        i -= 1
    return None


def parse_expression(expr: str) -> n.Expr | None:
    """An expression's AST (None when it does not parse on its own)."""
    try:
        items = parse_items(expr + "\n", "<expression>")
    except CompileErrors:
        return None
    if len(items) == 1 and isinstance(items[0], n.ExprStmt):
        return items[0].expr
    return None
