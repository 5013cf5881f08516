"""AST of 4D source: plain data with source positions.

Stage: produced by builder.py from Lark's tree, read by the checker and the
code generator. Nodes hold no behaviour and know nothing of Python.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)
class Node:
    line: int
    col: int
    # Source offsets of the node's text (set by the builder when known).
    src_start: int = field(default=0, kw_only=True)
    src_end: int = field(default=0, kw_only=True)


# ---------------------------------------------------------------- types


@dataclass(slots=True)
class TypeRef(Node):
    """A declared type: a simple name ("Text") or a class path ("cs.Person")."""

    name: str  # "Text", "4D.WebSocket", "cs.myClass" (as written)

    @property
    def is_class(self) -> bool:
        return "." in self.name


@dataclass(slots=True)
class Param(Node):
    name: str  # without "$", as written
    type: TypeRef | None
    variadic: bool = False


# ---------------------------------------------------------------- expressions


@dataclass(slots=True)
class Expr(Node):
    pass


@dataclass(slots=True)
class Literal(Expr):
    kind: str  # "text" | "number" | "date" | "time"
    value: object


@dataclass(slots=True)
class Local(Expr):
    name: str  # without "$", as written ("1" for $1)


@dataclass(slots=True)
class ParamIndirect(Expr):
    index: Expr  # ${expr}


@dataclass(slots=True)
class Interprocess(Expr):
    name: str  # without "<>"


@dataclass(slots=True)
class Name(Expr):
    """A bare name: command, project method, constant or process variable."""

    name: str


@dataclass(slots=True)
class Call(Expr):
    name: str
    args: list[Expr]


@dataclass(slots=True)
class Member(Expr):
    obj: Expr
    name: str


@dataclass(slots=True)
class MemberCall(Expr):
    obj: Expr
    name: str
    args: list[Expr]


@dataclass(slots=True)
class Index(Expr):
    obj: Expr
    key: Expr


@dataclass(slots=True)
class IndexCall(Expr):
    obj: Expr
    key: Expr
    args: list[Expr]


@dataclass(slots=True)
class CharRef(Expr):
    obj: Expr
    index: Expr


@dataclass(slots=True)
class ArrayElem(Expr):
    obj: Expr
    index: Expr


@dataclass(slots=True)
class Deref(Expr):
    pointer: Expr


@dataclass(slots=True)
class PointerTo(Expr):
    target: Expr


@dataclass(slots=True)
class Binary(Expr):
    op: str
    left: Expr
    right: Expr


@dataclass(slots=True)
class Unary(Expr):
    op: str  # "-" | "+"
    operand: Expr


@dataclass(slots=True)
class Ternary(Expr):
    cond: Expr
    then: Expr
    orelse: Expr


@dataclass(slots=True)
class ObjectLit(Expr):
    items: list[tuple[str, Expr]]


@dataclass(slots=True)
class CollectionLit(Expr):
    items: list[Expr]


@dataclass(slots=True)
class Store4D(Expr):
    pass


@dataclass(slots=True)
class TryExpr(Expr):
    arg: Expr


@dataclass(slots=True)
class Star(Expr):
    """The `*` argument of commands such as JSON Stringify($o; *)."""


@dataclass(slots=True)
class AssignExpr(Expr):
    """An assignment used as an argument: Formula(wss:=...)."""

    target: Expr
    op: str  # ":=" or "+=" ...
    value: Expr


# ---------------------------------------------------------------- statements


@dataclass(slots=True)
class Stmt(Node):
    pass


@dataclass(slots=True)
class Assign(Stmt):
    target: Expr
    value: Expr


@dataclass(slots=True)
class CompoundAssign(Stmt):
    target: Expr
    op: str  # "+", "-", "*", "/"
    value: Expr


@dataclass(slots=True)
class ExprStmt(Stmt):
    expr: Expr


@dataclass(slots=True)
class VarDecl(Stmt):
    names: list[Expr]  # Local or Name (process variable)
    type: TypeRef | None
    init: Expr | None


@dataclass(slots=True)
class Declare(Stmt):
    params: list[Param]
    result: Param | None  # name "" when only a type is given


@dataclass(slots=True)
class If(Stmt):
    cond: Expr
    body: list[Stmt]
    orelse: list[Stmt] | None


@dataclass(slots=True)
class Case(Stmt):
    branches: list[tuple[Expr, list[Stmt]]]
    orelse: list[Stmt] | None


@dataclass(slots=True)
class While(Stmt):
    cond: Expr
    body: list[Stmt]


@dataclass(slots=True)
class Repeat(Stmt):
    body: list[Stmt]
    cond: Expr


@dataclass(slots=True)
class For(Stmt):
    var: Expr
    start: Expr
    end: Expr
    step: Expr | None
    body: list[Stmt]


@dataclass(slots=True)
class ForEach(Stmt):
    var: Expr
    expr: Expr
    begin: Expr | None
    end: Expr | None
    until: Expr | None
    while_: Expr | None
    body: list[Stmt]


@dataclass(slots=True)
class Use(Stmt):
    expr: Expr
    body: list[Stmt]


@dataclass(slots=True)
class Try(Stmt):
    body: list[Stmt]
    catch: list[Stmt] | None


@dataclass(slots=True)
class Return(Stmt):
    value: Expr | None


@dataclass(slots=True)
class Break(Stmt):
    pass


@dataclass(slots=True)
class Continue(Stmt):
    pass


# ---------------------------------------------------------------- class members


@dataclass(slots=True)
class ClassExtends(Stmt):
    parent: TypeRef


@dataclass(slots=True)
class PropertyDecl(Stmt):
    names: list[str]
    type: TypeRef | None
    init: Expr | None


@dataclass(slots=True)
class FunctionDef(Node):
    """A class function, constructor, or a method's body (kind "method")."""

    kind: str  # "function" | "get" | "set" | "constructor" | "method" | "formula"
    name: str
    params: list[Param]
    result: Param | None
    body: list[Stmt]
    modifiers: tuple[str, ...] = ()
    end_line: int = 0
    display: str = ""  # the name shown in errors, when not `name` (REPL inputs, doc blocks)


@dataclass(slots=True)
class ClassDef(Node):
    name: str
    parent: TypeRef | None
    constructor: FunctionDef | None
    functions: list[FunctionDef]
    properties: list[PropertyDecl]
    modifiers: tuple[str, ...] = ()


@dataclass(slots=True)
class Unit(Node):
    """One parsed source file: a method, or a class when `cls` is set."""

    path: str
    method: FunctionDef | None = None
    cls: ClassDef | None = None
    errors: list = field(default_factory=list)
    source: str = ""
