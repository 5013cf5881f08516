"""AST of 4D source: plain data with source positions.

Stage: produced by builder.py from Lark's tree, read by the checker and the
code generator. Nodes hold no behaviour and know nothing of Python.
"""

from __future__ import annotations

_MISSING = object()


class _NodeMeta(type):
    """Makes each node class a slotted record: fields from its annotations, in order.

    Lighter than dataclasses (which generate code per class at import): nodes
    are many, and start-up time counts.
    """

    def __new__(mcls, name, bases, ns):
        own = [f for f in ns.get("__annotations__", {}) if not f.startswith("_")]
        defaults = {f: ns.pop(f) for f in own if f in ns}
        extra = ("src_start", "src_end") if not any(isinstance(b, _NodeMeta) for b in bases) else ()
        ns["__slots__"] = tuple(own) + extra
        cls = super().__new__(mcls, name, bases, ns)
        inherited = [f for b in reversed(cls.__mro__[1:-1]) for f in getattr(b, "_own_fields", ())]
        cls._own_fields = tuple(own)
        cls._fields = tuple(inherited + own)
        cls._defaults = {**getattr(cls, "_defaults", {}), **defaults}
        if "__init__" not in ns:
            cls.__init__ = _first_init  # each class its own entry: replaced by its own on first use
        return cls


class Node(metaclass=_NodeMeta):
    line: int
    col: int

    def __init__(self, *values, src_start: int = 0, src_end: int = 0, **named) -> None:
        # Source offsets of the node's text (set by the builder when known).
        self.src_start = src_start
        self.src_end = src_end
        fields = self._fields
        for name, value in zip(fields, values):
            setattr(self, name, value)
        for name in fields[len(values):]:
            value = named.pop(name, _MISSING)
            if value is _MISSING:
                default = self._defaults.get(name, _MISSING)
                if default is _MISSING:
                    raise TypeError(f"{type(self).__name__}: missing field {name}")
                value = list(default) if isinstance(default, list) else default
            setattr(self, name, value)
        if named:
            raise TypeError(f"{type(self).__name__}: unknown fields {sorted(named)}")

    def __repr__(self) -> str:
        inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in self._fields)
        return f"{type(self).__name__}({inner})"


def _first_init(self, *values, **named) -> None:
    """The first node made of a class gives the class an __init__ written for its fields.

    Nodes are made by the hundred thousand; the written one assigns each field directly,
    where Node.__init__ loops over the fields. Made on first use, not at import (start-up).
    """
    cls = type(self)
    cls.__init__ = _written_init(cls)
    cls.__init__(self, *values, **named)


def _written_init(cls):
    fields, defaults = cls._fields, cls._defaults
    first_default = next((i for i, f in enumerate(fields) if f in defaults), len(fields))
    if any(f not in defaults for f in fields[first_default:]):
        return Node.__init__  # a required field after an optional one: the general way
    env = {"_MISSING": _MISSING}
    params, body = [], ["self.src_start = src_start", "self.src_end = src_end"]
    for f in fields:
        if f not in defaults:
            params.append(f)
        elif isinstance(defaults[f], list):
            env["_D_" + f] = defaults[f]
            params.append(f"{f}=_MISSING")
            body.append(f"if {f} is _MISSING: {f} = list(_D_{f})")
        else:
            env["_D_" + f] = defaults[f]
            params.append(f"{f}=_D_{f}")
        body.append(f"self.{f} = {f}")
    code = (f"def __init__(self, {', '.join(params)}, *, src_start=0, src_end=0):\n    "
            + "\n    ".join(body))
    exec(code, env)
    return env["__init__"]



# ---------------------------------------------------------------- types


class TypeRef(Node):
    """A declared type: a simple name ("Text") or a class path ("cs.Person")."""

    name: str  # "Text", "4D.WebSocket", "cs.myClass" (as written)

    @property
    def is_class(self) -> bool:
        return "." in self.name


class Param(Node):
    name: str  # without "$", as written
    type: TypeRef | None
    variadic: bool = False


# ---------------------------------------------------------------- expressions


class Expr(Node):
    pass


# What a Literal holds: a str, a float, a Date4D or a Time4D, never a node (tree walks skip it).
LiteralValue = object


class Literal(Expr):
    kind: str  # "text" | "number" | "date" | "time"
    value: LiteralValue


class Local(Expr):
    name: str  # without "$", as written ("1" for $1)


class ParamIndirect(Expr):
    index: Expr  # ${expr}


class Interprocess(Expr):
    name: str  # without "<>"


class Name(Expr):
    """A bare name: command, project method, constant or process variable."""

    name: str
    # The editor token it carried: "C388" (a command), "K2:1" (a constant), "P12:3"
    # (a plug-in command); "" when written without one.
    tag: str = ""


class Call(Expr):
    name: str
    args: list[Expr]
    tag: str = ""


class TableRef(Expr):
    """`[Table]` (a table of the project's structure)."""

    table: str


class FieldRef(Expr):
    """`[Table]Field`."""

    table: str
    field: str


class Conjunction(Expr):
    """A bare operator argument of QUERY and its family: `&`, `|`, `#` (conjunctions),
    `=`, `<=`, `>=` (QUERY BY ATTRIBUTE's comparators), or `& [T]F=1` (a conjunction
    written with its criterion)."""

    op: str
    expr: Expr | None = None


class Member(Expr):
    obj: Expr
    name: str


class MemberCall(Expr):
    obj: Expr
    name: str
    args: list[Expr]


class Index(Expr):
    obj: Expr
    key: Expr


class IndexCall(Expr):
    obj: Expr
    key: Expr
    args: list[Expr]


class CharRef(Expr):
    obj: Expr
    index: Expr


class ArrayElem(Expr):
    obj: Expr
    index: Expr


class Deref(Expr):
    pointer: Expr


class PointerTo(Expr):
    target: Expr


class Binary(Expr):
    op: str
    left: Expr
    right: Expr


class Unary(Expr):
    op: str  # "-" | "+"
    operand: Expr


class Ternary(Expr):
    cond: Expr
    then: Expr
    orelse: Expr


class ObjectLit(Expr):
    items: list[tuple[str, Expr]]


class CollectionLit(Expr):
    items: list[Expr]


class Store4D(Expr):
    pass


class TryExpr(Expr):
    arg: Expr


class Star(Expr):
    """The `*` argument of commands such as JSON Stringify($o; *)."""


class SortOrder(Expr):
    """The `>` or `<` argument of SORT ARRAY, MULTI SORT ARRAY, Find in sorted array."""

    op: str


class AssignExpr(Expr):
    """An assignment used as an argument: Formula(wss:=...)."""

    target: Expr
    op: str  # ":=" or "+=" ...
    value: Expr


# ---------------------------------------------------------------- statements


class Stmt(Node):
    pass


class Assign(Stmt):
    target: Expr
    value: Expr


class CompoundAssign(Stmt):
    target: Expr
    op: str  # "+", "-", "*", "/"
    value: Expr


class ExprStmt(Stmt):
    expr: Expr


class VarDecl(Stmt):
    names: list[Expr]  # Local or Name (process variable)
    type: TypeRef | None
    init: Expr | None


class Declare(Stmt):
    params: list[Param]
    result: Param | None  # name "" when only a type is given


class If(Stmt):
    cond: Expr
    body: list[Stmt]
    orelse: list[Stmt] | None


class Case(Stmt):
    branches: list[tuple[Expr, list[Stmt]]]
    orelse: list[Stmt] | None


class While(Stmt):
    cond: Expr
    body: list[Stmt]


class Repeat(Stmt):
    body: list[Stmt]
    cond: Expr


class For(Stmt):
    var: Expr
    start: Expr
    end: Expr
    step: Expr | None
    body: list[Stmt]


class ForEach(Stmt):
    var: Expr
    expr: Expr
    begin: Expr | None
    end: Expr | None
    until: Expr | None
    while_: Expr | None
    body: list[Stmt]


class Use(Stmt):
    expr: Expr
    body: list[Stmt]


class Try(Stmt):
    body: list[Stmt]
    catch: list[Stmt] | None


class Return(Stmt):
    value: Expr | None


class Break(Stmt):
    pass


class Continue(Stmt):
    pass


# ---------------------------------------------------------------- class members


class SqlBlock(Stmt):
    """Begin SQL ... End SQL: the SQL text between the two lines, as written."""

    text: str


class ClassExtends(Stmt):
    parent: TypeRef


class PropertyDecl(Stmt):
    names: list[str]
    type: TypeRef | None
    init: Expr | None


class FunctionDef(Node):
    """A class function, constructor, or a method's body (kind "method")."""

    # "function" | "get" | "set" | "query" | "orderBy" | "constructor" | "method" | "formula"
    kind: str
    name: str
    params: list[Param]
    result: Param | None
    body: list[Stmt]
    # lower-cased: "shared", "singleton", "session", "exposed", "local", "server", "onhttpget"
    modifiers: tuple[str, ...] = ()
    end_line: int = 0
    display: str = ""  # the name shown in errors, when not `name` (REPL inputs, doc blocks)
    # Does the body call `throw` anywhere: 1 or 0 once known (writes.method_facts walks a
    # method's body anyway), -1 before (codegen then walks the body to know).
    throws: int = -1


class AliasDef(Stmt):
    """ORDA: `[exposed] Alias name path.to.attribute` in a dataclass."""

    name: str
    path: list[str]
    modifiers: tuple[str, ...] = ()


class ClassDef(Node):
    name: str
    parent: TypeRef | None
    constructor: FunctionDef | None
    functions: list[FunctionDef]  # get/set/query/orderBy ones included (see FunctionDef.kind)
    properties: list[PropertyDecl]
    modifiers: tuple[str, ...] = ()
    aliases: list[AliasDef] = []


class Unit(Node):
    """One parsed source file: a method, or a class when `cls` is set."""

    path: str
    method: FunctionDef | None = None
    cls: ClassDef | None = None
    errors: list = []
    source: str = ""
    array_vars: set | None = None  # process variables its ARRAY commands declare (kept by the cache)
    writes: tuple | None = None  # (property names it can write, any name?): interpreter/compiler/writes.py
