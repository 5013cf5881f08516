"""Scopes: what the code generator knows about one function's variables.

Stage: static pass, before code generation. A pre-scan of a function body
collects declared types (var, C_XXX, parameters), every local it uses, and
whether it needs the raw argument tuple (Count parameters, ${n}, $1...).
It reports declaration errors as CompileErrors; it generates nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from operator import attrgetter

from interpreter.compiler import nodes as n
from runtime.registry import key, py_ident

SIMPLE_TYPES = {
    "text", "real", "integer", "longint", "boolean", "date", "time", "object",
    "collection", "variant", "blob", "picture", "pointer",
}
# Legacy declaration commands -> type.
LEGACY_DECLARATIONS = {
    "c_text": "text", "c_string": "text", "c_real": "real", "c_longint": "integer",
    "c_integer": "integer", "c_boolean": "boolean", "c_date": "date", "c_time": "time",
    "c_object": "object", "c_collection": "collection", "c_variant": "variant",
    "c_blob": "blob", "c_picture": "picture", "c_pointer": "pointer",
}

# Array declaration commands -> the kind of their elements (runtime/arrays.py).
ARRAY_DECLARATIONS = {
    "array boolean": "boolean", "array blob": "blob", "array date": "date", "array integer": "integer",
    "array longint": "longint", "array object": "object", "array picture": "picture",
    "array pointer": "pointer", "array real": "real", "array text": "text", "array time": "time",
    "array string": "text", "_o_array string": "text",  # (length; name; size): the array comes second
}


def declared_array(call: n.Call) -> n.Expr | None:
    """The variable an ARRAY command declares (None: not an array declaration)."""
    name = key(call.name)
    if name not in ARRAY_DECLARATIONS:
        return None
    position = 1 if name.endswith("array string") else 0
    return call.args[position] if len(call.args) > position else None


def type_of_ref(ref: n.TypeRef | None) -> str | None:
    """The static type of a declaration: a simple type name, or "object"."""
    if ref is None:
        return None
    if ref.is_class:
        lowered = ref.name.lower()
        if lowered == "4d.object":
            return "object"
        if lowered == "4d.collection":
            return "collection"
        return "object"
    name = ref.name.lower()
    if name == "longint":
        return "integer"
    return name if name in SIMPLE_TYPES else None


def native_class_of_ref(ref: n.TypeRef | None) -> bool:
    """A class type other than 4D.Object and 4D.Collection (cs.EmployeeEntity, 4D.File, cs.MyClass):
    the variable holds an instance of a class, which may be one of run4d's built-in (Native) objects."""
    return ref is not None and ref.is_class and ref.name.lower() not in ("4d.object", "4d.collection")


def local_pyname(name: str) -> str:
    return "L_" + py_ident(name)


@dataclass
class LocalInfo:
    name: str  # 4D name without "$", lower case
    pyname: str
    type: str | None = None  # declared static type, None = untyped
    param_index: int = 0  # 1-based position for parameters
    declared_line: int = 0
    # Declared with a class type (cs.X, 4D.X): its member writes and calls try a Native first
    # (set4d, funcs4d), with the general path as the fallback (a hint: nothing relies on it).
    class_typed: bool = False


@dataclass
class Scope:
    """One compiled function: a method, class function, constructor or formula."""

    display: str  # name in error reports: "myMethod", "Cls.fn", "Formula"
    kind: str
    locals: dict[str, LocalInfo] = field(default_factory=dict)
    params: list[LocalInfo] = field(default_factory=list)
    result: LocalInfo | None = None  # named result ($r or $0)
    result_type: str | None = None
    has_result: bool = False  # a return type or result variable was declared
    uses_args: bool = False
    indirect_args: bool = False  # ${i}, Count parameters, Copy parameters: the arguments as a whole
    uses_proc_vars: bool = False  # set by the code generator when _pv or _P is used
    uses_this_methods: bool = False  # This.f() calls: the class's function table is read once, on entry
    uses_this_exact: bool = False  # This.f() of a function of this class: _ex says This is of this class
    proc_var_types: dict[str, str] = field(default_factory=dict)
    variadic_type: str | None = None
    cls: object = None  # the ClassDef being compiled, for Super
    temp_counter: int = 0
    loop_depth: int = 0

    def local(self, name: str) -> LocalInfo:
        lname = name.lower()
        info = self.locals.get(lname)
        if info is None:
            info = LocalInfo(lname, local_pyname(lname))
            self.locals[lname] = info
        return info

    def temp(self, prefix: str = "_t") -> str:
        self.temp_counter += 1
        return f"{prefix}{self.temp_counter}"


class PreScan:
    """Walks a function body once to fill a Scope; raises on bad declarations."""

    def __init__(self, scope: Scope, report, is_method=None) -> None:
        self.scope = scope
        self.report = report  # report(message, node)
        self.is_method = is_method or (lambda name: False)  # is_method(name): a project method?

    def declare(self, name: str, type_: str | None, node: n.Node) -> None:
        info = self.scope.local(name)
        if type_ is None:
            return
        if info.type is not None and info.type != type_ and info.param_index == 0:
            self.report(f"${name} is already declared as {info.type.capitalize()}", node)
            return
        if info.param_index and info.type is not None and info.type != type_:
            self.report(f"${name} is a parameter: it cannot be declared again", node)
            return
        info.type = type_
        info.declared_line = node.line

    def scan_body(self, body: list[n.Stmt]) -> None:
        for stmt in body:
            self.scan_stmt(stmt)

    def scan_stmt(self, s: n.Node) -> None:
        if isinstance(s, n.VarDecl):
            t = type_of_ref(s.type)
            if t is None and s.type is None and s.init is not None:
                t = None  # inferred later from the initialiser's static type
            if len(s.names) > 1 and s.init is not None:
                self.report("Only one variable can be declared with an initial value", s)
            for target in s.names:
                if isinstance(target, n.Local):
                    self.declare(target.name, t, s)
                    if native_class_of_ref(s.type):
                        self.scope.local(target.name).class_typed = True
                else:
                    if t is not None:
                        self.scope.proc_var_types[key(target.name)] = t
            if s.init is not None:
                self.scan_expr(s.init)
            return
        if isinstance(s, n.ExprStmt) and isinstance(s.expr, n.Call):
            legacy = LEGACY_DECLARATIONS.get(s.expr.name.lower())
            if legacy is not None:
                if other_method_declaration(s.expr, self.scope.display, self.is_method):
                    return  # C_LONGINT(otherMethod; $1) types another method's parameters
                for arg in s.expr.args:
                    if isinstance(arg, n.Local):
                        self.declare(arg.name, legacy, s)
                        if arg.name.isdigit():
                            self.scope.uses_args = True
                    elif isinstance(arg, n.ParamIndirect):
                        self.scope.uses_args = self.scope.indirect_args = True
                        self.scope.variadic_type = legacy
                    elif isinstance(arg, n.Name):
                        self.scope.proc_var_types[key(arg.name)] = legacy
                return
            target = declared_array(s.expr)
            if target is not None:
                # The variable holds an array: `$a:=2` selects an element (codegen_array.py).
                if isinstance(target, n.Local) and not target.name.isdigit():
                    self.declare(target.name, "array", s)
                elif isinstance(target, n.Name):
                    self.scope.proc_var_types[key(target.name)] = "array"
        for child in _children(s):
            if isinstance(child, list):
                for item in child:
                    if isinstance(item, tuple):
                        self.scan_expr(item[0])
                        self.scan_body(item[1])
                    elif isinstance(item, n.Stmt):
                        self.scan_stmt(item)
                    elif isinstance(item, n.Expr):
                        self.scan_expr(item)
            elif isinstance(child, n.Expr):
                self.scan_expr(child)

    def scan_expr(self, e: n.Expr) -> None:
        scope = self.scope
        stack = [e]
        pop, push = stack.pop, stack.append
        Local, Literal, Binary, Member, Call, Name = n.Local, n.Literal, n.Binary, n.Member, n.Call, n.Name
        while stack:
            x = pop()
            t = type(x)
            # The usual nodes first, each pushing what _push_children would (in the same order).
            if t is Local:
                scope.local(x.name)
                if x.name.isdigit():
                    scope.uses_args = True
                continue
            if t is Literal:
                continue
            if t is Binary:
                push(x.left)
                push(x.right)
                continue
            if t is Member:
                push(x.obj)
                continue
            if t is n.ParamIndirect:
                scope.uses_args = scope.indirect_args = True
            elif t is Name:
                if key(x.name) in ("count parameters", "copy parameters"):
                    scope.uses_args = scope.indirect_args = True
            elif t is Call:
                lowered = key(x.name)
                if lowered in ("count parameters", "copy parameters"):
                    scope.uses_args = scope.indirect_args = True
                if lowered in ("formula",):
                    # Locals inside a Formula belong to the formula (captured copies).
                    for arg in x.args:
                        _mark_names(arg, scope)
                    continue
            _push_children(x, stack)


def _mark_names(e: n.Expr, scope: Scope) -> None:
    """Captured locals of a Formula must exist in the enclosing scope."""
    stack = [e]
    while stack:
        x = stack.pop()
        if isinstance(x, n.Local) and not x.name.isdigit():
            scope.local(x.name)
        _push_children(x, stack)


def _push_children(x: n.Node, stack: list) -> None:
    """Push the nodes under `x`, also those in lists and in tuples inside lists
    (an object literal's (name, value) members, a Case's (condition, statements) branches)."""
    children = _children(x)
    push, Node = stack.append, n.Node
    for c in children:
        if isinstance(c, Node):
            push(c)
    for c in children:
        if isinstance(c, (list, tuple)):
            for i in c:
                if isinstance(i, Node):
                    push(i)
                elif isinstance(i, tuple):
                    for j in i:
                        if isinstance(j, Node):
                            push(j)


_POSITION_FIELDS = ("line", "col", "src_start", "src_end")
# Fields typed as plain data never hold nodes: walk() does not look at them.
_DATA = {"str", "int", "bool", "LiteralValue"}
_CHILDREN: dict[type, object] = {}  # node class -> getter of its fields (a tuple)
_WALK: dict[type, object] = {}  # any type -> what walk() does with a value of that type
_SEQ = object()  # walk into a list or tuple
_LEAF = object()  # a node with no field that may hold nodes


def _getter(fields: tuple[str, ...]):
    """A C-level getter returning the fields as a tuple (one field: with `line`, an int)."""
    if not fields:
        return lambda node: ()
    return attrgetter(*fields) if len(fields) > 1 else attrgetter(fields[0], "line")


def _children(node: n.Node) -> tuple:
    """The values of a node's fields (positions left out; one field may come with its line)."""
    cls = type(node)
    get = _CHILDREN.get(cls)
    if get is None:
        get = _CHILDREN[cls] = _getter(tuple(f for f in cls._fields if f not in _POSITION_FIELDS))
    return get(node)


def _walker(cls: type):
    if issubclass(cls, (list, tuple)):
        what = _SEQ
    elif issubclass(cls, n.Node):
        notes = {}
        for klass in reversed(cls.__mro__):
            notes.update(getattr(klass, "__annotations__", {}))
        fields = tuple(f for f in cls._fields if f not in _POSITION_FIELDS and notes.get(f) not in _DATA)
        what = _getter(fields) if fields else _LEAF
    else:
        what = None
    _WALK[cls] = what
    return what


def walk(node) -> list[n.Node]:
    """Every node under `node` (statements and expressions), in depth-first order.

    Looks inside lists and tuples at any depth: a Case's branches are (condition,
    statements) tuples in a list, an object literal's members (name, value) tuples.
    """
    out = []
    stack = [node]
    pop, push, add, kinds = stack.pop, stack.extend, out.append, _WALK
    while stack:
        x = pop()
        what = kinds.get(type(x), _walker)
        if what is _walker:
            what = _walker(type(x))
        if what is None:
            continue
        if what is _SEQ:
            push(x)
            continue
        add(x)
        if what is not _LEAF:
            push(what(x))
    return out


def other_method_declaration(call: n.Call, current: str, is_method) -> bool:
    """`C_TEXT(methodName; $1; $2)`: the compiler directive typing another method's parameters."""
    args = call.args
    return (len(args) > 1 and isinstance(args[0], n.Name) and is_method(args[0].name)
            and args[0].name.lower() != current.lower()
            and all(isinstance(a, (n.Local, n.ParamIndirect)) for a in args[1:]))
