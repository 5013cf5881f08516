"""Code generation for expressions: 4D expression AST -> Python AST.

Stage: code generation (mixin of compiler.Compiler). Each method returns
(python_expr, static_type); static types ("text", "real", "integer",
"boolean", ...) let the generator use Python's own operators where 4D's
result is the same, and runtime helpers (runtime/ops.py) elsewhere.
"""

from __future__ import annotations

import ast

from interpreter.compiler import nodes as n
from interpreter.compiler import pyast as P
from interpreter.compiler.resolve import NameResolver
from interpreter.compiler.scope import local_pyname
from runtime import catalog, limits
from runtime.registry import command_for_pyname, key, lookup_command, lookup_constant, lookup_constant_id

NUMERIC = ("real", "integer")
# 4D operator -> runtime helper name (bound in compiled code's globals).
OP_HELPERS = {
    "+": "_add", "-": "_sub", "*": "_mul", "/": "_div", "\\": "_idiv", "%": "_mod", "^": "_pow",
    "=": "_eq", "#": "_ne", "<": "_lt", ">": "_gt", "<=": "_le", ">=": "_ge",
    "&": "_band", "|": "_bor", "^|": "_bxor", "<<": "_shl", ">>": "_shr",
    "?+": "_bitset", "?-": "_bitclr", "??": "_bittest",
}
_NATIVE_ARITH = {"+": "+", "-": "-", "*": "*"}
_NATIVE_CMP = {"=": "==", "#": "!=", "<": "<", ">": ">", "<=": "<=", ">=": ">="}
# Names compiled without a call: constants of the language.
_VALUE_NAMES = {"true": (True, "boolean"), "false": (False, "boolean"), "null": (None, None)}


class TooDeep(Exception):
    """Expressions and blocks nested past limits.NESTING: the node where the limit was passed."""

    def __init__(self, node: n.Node) -> None:
        super().__init__(construct_name(node))
        self.node = node

    def name_in(self, root) -> None:
        """Name the construct repeated around the node (its ancestors within `root`)."""
        from collections import Counter

        from interpreter.compiler.scope import _children

        parent: dict[int, n.Node] = {}
        stack = list(root) if isinstance(root, list) else [root]
        while stack:
            x = stack.pop()
            for c in _children(x):
                items = c if isinstance(c, (list, tuple)) else [c]
                for item in items:
                    for y in (item if isinstance(item, tuple) else (item,)):
                        if isinstance(y, n.Node):
                            parent[id(y)] = x
                            stack.append(y)
        names: Counter = Counter()
        x = self.node
        if id(x) not in parent and isinstance(x, n.Return) and x.value is not None:
            x = x.value  # the statement made for a Formula's expression: start from the expression
            names[construct_name(x)] += 1
        for _ in range(100):
            x = parent.get(id(x))
            if x is None:
                break
            names[construct_name(x)] += 1
        if names:
            self.args = (names.most_common(1)[0][0],)


def construct_name(node: n.Node) -> str:
    """How a 4D developer names the construct of a node, for nesting errors."""
    if isinstance(node, n.Binary):
        return f"the operator {node.op}"
    if isinstance(node, n.Unary):
        return f"unary {node.op}"
    if isinstance(node, n.Call):
        return f"{node.name}( )"
    if isinstance(node, (n.Member, n.MemberCall)):
        return f".{node.name}"
    simple = {n.CollectionLit: "[ ] (collection literals)", n.ObjectLit: "{ } (object literals)",
              n.Ternary: "? : (ternary operators)", n.PointerTo: "-> (pointers)", n.Deref: "-> (dereferences)",
              n.Index: "[ ] (indexes)", n.IndexCall: "[ ]( ) (calls)", n.CharRef: "[[ ]] (character references)",
              n.TryExpr: "Try( )", n.ParamIndirect: "${ }", n.ForEach: "For each", n.Case: "Case of"}
    if type(node) in simple:
        return simple[type(node)]
    return type(node).__name__


# Compiler class -> node class -> its e_ method (looked up once).
_E_METHODS: dict[type, dict[type, object]] = {}


class ExprGen(NameResolver):
    class_static: dict[str, str] = {}  # this class's functions callable by name (codegen.compile_class)
    formula_fields: dict[str, str] | None = None  # $1 property -> argument, in a formula's fields form
    plain_local: str | None = None  # a local known to hold a plain object while a statement is compiled
    depth = 0  # expressions and blocks being compiled, inside one another
    _specials: dict | None = None  # special_calls(), once per compiler

    # ------------------------------------------------------------------ entry

    def expr(self, e: n.Expr) -> tuple[ast.expr, str | None]:
        self.depth += 1
        if self.depth > self.max_depth:
            self.max_depth = self.depth
        if self.depth > limits.NESTING:
            raise TooDeep(e)
        table = _E_METHODS.get(type(self))
        if table is None:
            table = _E_METHODS[type(self)] = {}
        method = table.get(type(e))
        if method is None:
            method = table[type(e)] = getattr(type(self), "e_" + type(e).__name__)
        node, typ = method(self, e)
        self.depth -= 1
        if self.stamp:
            P.at(node, e.line, e.col)
        return node, typ

    def value(self, e: n.Expr) -> ast.expr:
        return self.expr(e)[0]

    def source_of(self, e: n.Node) -> str:
        if e.src_end > e.src_start:
            return self.src[e.src_start:e.src_end]
        return ""

    # ------------------------------------------------------------------ atoms

    def e_Literal(self, e: n.Literal):
        if e.kind == "text":
            return P.const(e.value), "text"
        if e.kind == "number":
            return P.const(e.value), "real"
        return self.global_const(e.value), e.kind

    def e_Local(self, e: n.Local):
        info = self.scope.local(e.name)
        return P.load(info.pyname), info.type

    def e_ParamIndirect(self, e: n.ParamIndirect):
        return P.call("_arg", P.load("_a"), self.value(e.index)), self.scope.variadic_type

    def e_Interprocess(self, e: n.Interprocess):
        read = P.call(P.attr(P.load("_IPV"), "get"), P.const(key(e.name)), P.load("_UNDEF"))
        return read, self.global_array_type("<>" + key(e.name))

    def e_Name(self, e: n.Name):
        lowered = key(e.name)
        if lowered in _VALUE_NAMES:
            v, t = _VALUE_NAMES[lowered]
            return P.const(v), t
        special = self.special_name(e)
        if special is not None:
            return special
        if e.tag[:1] == "K":
            # The editor's id is authoritative: `Est un texte:K8:3` is `Is text`.
            const = lookup_constant_id(e.tag[1:]) or lookup_constant(e.name)
        else:
            const = lookup_constant(e.name) if e.tag[:1] != "C" else None
        if const is not None:
            value = const[1]
            if isinstance(value, (str, float, int, bool)) or value is None:
                return P.const(value), _type_of_const(value)
            return self.global_const(value), None
        if e.tag[:1] == "K":
            return self.unknown_constant(e)
        spec = lookup_command(e.name)
        if spec is not None:
            return self.command_call(spec, [], e), spec.returns
        if self.program.has_method(e.name):
            return self.method_call(e.name, []), self.program.method_type(e.name)
        if self.is_unimplemented_command(e.name, e.tag):
            return self.unsupported_call(e.name, [], e)
        return self.proc_var_read(e.name)

    def proc_var_read(self, name: str):
        lowered = key(name)
        self.scope.uses_proc_vars = True
        # A subscript: an unassigned variable reads as its declared default (ProcessVars).
        read = ast.Subscript(value=P.load("_pv"), slice=P.const(lowered), ctx=ast.Load())
        return read, self.scope.proc_var_types.get(lowered) or self.global_array_type(lowered)

    def e_Store4D(self, e: n.Store4D):
        return P.load("_B4D"), None

    def e_Star(self, e: n.Star):
        return P.load("_STAR"), None

    def e_ObjectLit(self, e: n.ObjectLit):
        keys = [P.const(k) for k, _ in e.items]
        values, plain = self.stored_values([v for _, v in e.items])
        unique = len({k for k, _ in e.items}) == len(e.items)
        return P.call("_mkobj_plain" if plain and unique else "_mkobj", ast.Dict(keys=keys, values=values)), "object"

    def stored_values(self, exprs: list[n.Expr]) -> tuple[list[ast.expr], bool]:
        """Values to put in an object, and whether all are known to be kept as they are
        (Text, Boolean; an Integer is made Real here, as objects keep numbers)."""
        out, plain = [], True
        for x in exprs:
            value, t = self.expr(x)
            if t == "integer":
                value = P.call("float", value)
            elif t not in ("text", "boolean"):
                plain = False
            out.append(value)
        return out, plain

    def e_CollectionLit(self, e: n.CollectionLit):
        return P.call("_mkcoll", P.list_([self.value(v) for v in e.items])), "collection"

    def e_TryExpr(self, e: n.TryExpr):
        if isinstance(e.arg, n.AssignExpr):
            fn = self.hoist_thunk(e.arg)
            return P.call("_try_expr", P.load(fn), P.load(self.fi_name)), None
        body = self.value(e.arg)
        lam = ast.Lambda(args=_no_args(), body=body)
        return P.call("_try_expr", lam, P.load(self.fi_name)), None

    def e_AssignExpr(self, e: n.AssignExpr):
        self.error("An assignment can only be used as a statement (or inside Formula/Try)", e)
        return P.const(None), None

    # ------------------------------------------------------------------ operators

    def e_Unary(self, e: n.Unary):
        value, t = self.expr(e.operand)
        if e.op == "+":
            return value, t
        if t in NUMERIC:
            return ast.UnaryOp(op=ast.USub(), operand=value), t
        return P.call("_neg", value), t if t == "time" else None

    def e_Binary(self, e: n.Binary):
        op = e.op
        if op in ("&&", "||"):
            return self.short_circuit(e)
        left, lt = self.array_number(*self.expr(e.left))
        right, rt = self.array_number(*self.expr(e.right))
        # An integral literal beside an Integer stays an int (keeps Integer fast paths).
        if lt == "integer" and isinstance(e.right, n.Literal) and _integral(e.right):
            right, rt = P.const(int(e.right.value)), "integer"
        if rt == "integer" and isinstance(e.left, n.Literal) and _integral(e.left):
            left, lt = P.const(int(e.left.value)), "integer"
        if lt in NUMERIC and rt in NUMERIC:
            if op in _NATIVE_ARITH:
                rtype = "integer" if lt == rt == "integer" else "real"
                return P.binop(left, _NATIVE_ARITH[op], right), rtype
            if op == "/" and isinstance(e.right, n.Literal) and e.right.value != 0:
                return P.binop(left, "/", right), "real"
            if op == "%" and lt == rt == "integer" and isinstance(e.right, n.Literal) and e.right.value > 0:
                # C-style modulo: Python's % agrees for a non-negative left operand.
                tmp = self.scope.temp("_n")
                native = P.binop(P.load(tmp), "%", right)
                test = P.compare(P.walrus(tmp, left), ">=", P.const(0))
                return P.ifexp(test, native, P.call("_mod", P.load(tmp), right)), "integer"
            if op in _NATIVE_CMP and (lt == rt == "integer" or op not in ("=", "#")):
                if lt == rt == "integer":
                    return P.compare(left, _NATIVE_CMP[op], right), "boolean"
        if lt == "text" and rt == "text":
            if op == "+":
                return P.binop(left, "+", right), "text"
            if op == "=":
                return P.call("_teq", left, right), "boolean"
            if op == "#":
                return P.not_(P.call("_teq", left, right)), "boolean"
        if lt == "boolean" and rt == "boolean" and op in ("&", "|"):
            # Both sides always evaluated: 4D's & and | do not short-circuit.
            pyop = ast.BitAnd() if op == "&" else ast.BitOr()
            return ast.BinOp(left=left, op=pyop, right=right), "boolean"
        if op in _NATIVE_ARITH and (lt in NUMERIC or rt in NUMERIC or lt is None and rt is None):
            inlined = self.inline_arith(op, e, left, lt, right, rt)
            if inlined is not None:
                return inlined
        helper = OP_HELPERS.get(op)
        if helper is None:
            self.error(f"Unknown operator {op}", e)
            return P.const(None), None
        return P.call(helper, left, right), _result_type(op, lt, rt)

    def inline_arith(self, op: str, e: n.Binary, left, lt, right, rt):
        """a+b where a type is unknown: Python's operator when both are floats at run time."""
        helper = OP_HELPERS[op]
        if lt in NUMERIC and _pure(e.right):
            # Only the right side is unknown and cheap to evaluate twice (a variable or constant).
            test = P.compare(P.call("type", right), "in", P.load("_NUMS"))
            return P.ifexp(test, P.binop(left, _NATIVE_ARITH[op], right), P.call(helper, left, right)), None
        a = self.scope.temp("_a")
        if rt in NUMERIC or _pure(e.right):
            test = P.compare(P.call("type", P.walrus(a, left)), "in", P.load("_NUMS"))
            if rt not in NUMERIC:
                test = P.bool_and(test, P.compare(P.call("type", right), "in", P.load("_NUMS")))
            native = P.binop(P.load(a), _NATIVE_ARITH[op], right)
            return P.ifexp(test, native, P.call(helper, P.load(a), right)), "real" if rt in NUMERIC else None
        # Both unknown: `type(a) is type(b) in _NUMS` evaluates each side once, left first.
        b = self.scope.temp("_b")
        test = ast.Compare(left=P.call("type", P.walrus(a, left)), ops=[ast.Is(), ast.In()],
                           comparators=[P.call("type", P.walrus(b, right)), P.load("_NUMS")])
        native = P.binop(P.load(a), _NATIVE_ARITH[op], P.load(b))
        return P.ifexp(test, native, P.call(helper, P.load(a), P.load(b))), None

    def short_circuit(self, e: n.Binary):
        left = self.value(e.left)
        right = self.value(e.right)
        tmp = self.scope.temp("_sc")
        test = P.call("_truthy", P.walrus(tmp, left))
        if e.op == "&&":
            return P.ifexp(test, right, P.load(tmp)), None
        return P.ifexp(test, P.load(tmp), right), None

    def e_Ternary(self, e: n.Ternary):
        cond, ct = self.expr(e.cond)
        a, at = self.expr(e.then)
        b, bt = self.expr(e.orelse)
        test = cond if ct == "boolean" else P.call("_truthy", cond)
        return P.ifexp(test, a, b), at if at == bt else None

    # ------------------------------------------------------------------ members

    def e_Member(self, e: n.Member):
        if self.formula_fields is not None and isinstance(e.obj, n.Local) and e.obj.name == "1":
            return P.load(self.formula_fields[e.name]), None  # $1.name in a formula's fields form
        obj, t = self.expr(e.obj)
        if isinstance(e.obj, n.Store4D):
            return P.call(P.attr(P.load("_B4D"), "get4d"), P.const(e.name)), None
        if e.name == "length":
            return P.call("_length", obj), "real"
        reader = _member_reader(obj)
        if reader is not None:
            # ds.Employee: the command's own reader of its result's members (one call, no
            # dispatch), which reads the live result: nothing is kept from one run to the next.
            return P.call(reader, P.const(e.name)), None
        if isinstance(e.obj, n.Local) and e.obj.name.lower() == self.plain_local:
            # Known to be a plain object (see plain_object_assign): a dict read.
            return P.call(P.attr(obj, "get"), P.const(e.name), P.load("_UNDEF")), None
        return self.inline_get(obj, e.name, self._null_reads_undefined(e.obj, t)), None

    def _null_reads_undefined(self, obj: n.Expr, t: str | None) -> bool:
        """A variable declared Object or Collection: when null, its members read as undefined."""
        if t not in ("object", "collection"):
            return False
        return isinstance(obj, n.Local) or (isinstance(obj, n.Name) and self._is_variable_name(obj.name)
                                            and self.special_name(obj) is None)

    def inline_get(self, obj: ast.expr, name: str, lenient: bool = False) -> ast.expr:
        """o.name with the plain-object case inline (the common, hot one)."""
        o, v = self.scope.temp("_o"), self.scope.temp("_x")
        slow = P.call("_get_var" if lenient else "_get", P.load(o), P.const(name))
        own = P.walrus(v, P.call(P.attr(P.load(o), "get"), P.const(name), P.load("_UNDEF")))
        found = P.bool_or(P.compare(own, "is not", P.load("_UNDEF")),
                          P.compare(P.attr(P.load(o), "cls"), "is", P.const(None)))
        fast = P.ifexp(found, P.load(v), slow)
        return P.ifexp(P.compare(P.call("type", P.walrus(o, obj)), "is", P.load("_Obj")), fast, slow)

    def e_MemberCall(self, e: n.MemberCall):
        typed = [self.expr(a) for a in e.args]
        args = [a for a, _t in typed]
        if isinstance(e.obj, n.Name) and key(e.obj.name) == "super":
            return self.super_member_call(e, args), None
        obj, obj_type = self.expr(e.obj)
        if isinstance(obj, ast.Name) and obj.id == "this":
            return self.this_call(e, args, [t for _a, t in typed])
        if obj_type == "collection":
            direct = self.collection_call(e, obj, args)
            if direct is not None:
                return direct, None
        tmp, py = self.scope.temp("_m"), self.scope.temp("_f")
        # Class functions of instances are found inline; everything else via _meth.
        cls = P.attr(P.load(tmp), "cls")
        found = P.bool_and(
            P.compare(P.call("type", P.walrus(tmp, obj)), "is", P.load("_Obj")),
            P.compare(cls, "is not", P.const(None)),
            P.compare(P.walrus(py, P.call(P.attr(P.attr(P.attr(P.load(tmp), "cls"), "py_methods"), "get"),
                                          P.const(e.name))), "is not", P.const(None)),
            P.compare(P.const(e.name), "not in", P.load(tmp)))
        generic = P.call("_meth", P.load(tmp), P.const(e.name))
        if (isinstance(e.obj, n.Local) and self.scope.local(e.obj.name).class_typed) or _reads_member(obj):
            # Declared with a class type (or ds.X): a built-in object whose call4d tries its
            # funcs4d first is called as _meth would call it, found inline too.
            native = P.bool_and(
                P.call("isinstance", P.load(tmp), P.load("_Native")),
                P.attr(P.load(tmp), "funcs4d_first"),
                P.compare(P.walrus(py, P.call(P.attr(P.attr(P.load(tmp), "funcs4d"), "get"), P.const(e.name))),
                          "is not", P.const(None)))
            generic = P.ifexp(native, P.load(py), generic)
        fn = P.ifexp(found, P.load(py), generic)
        return P.call(fn, P.load(tmp), *args), None

    def this_call(self, e: n.MemberCall, args: list[ast.expr], types: list[str | None]):
        """This.f(args): the class function from the table read on entry (_pm), unless an own property hides it."""
        static = self.class_static.get(e.name) if self.scope.kind in ("function", "constructor", "get", "set") \
            else None
        if static is not None:
            # f is this class's own: when This is an instance of this class (_ex, read on entry;
            # always in a fast entry), f is that function, called by name (its fast entry when the
            # arguments have the parameters' types); the own-property check stays unless no code
            # can write a property named f (writes.py). Called by name, f's result has its
            # declared type.
            sig = self.fast_sig.get(e.name)
            if sig is not None and len(args) == len(sig[0]) and all(a == p for a, p in zip(types, sig[0])):
                static = self.fast_entry(e.name)
            tests = []
            if not self.this_exact:
                self.scope.uses_this_exact = True
                tests.append(P.load("_ex"))
            if self.program.may_shadow(e.name):
                tests.append(P.compare(P.const(e.name), "not in", P.load("this")))
            else:
                self.relies.add(e.name)
            if not tests:
                return P.call(static, P.load("this"), *args), sig[1] if sig is not None else None
            found = tests[0] if len(tests) == 1 else P.bool_and(*tests)
            fn = P.ifexp(found, P.load(static), P.call("_meth", P.load("this"), P.const(e.name)))
            return P.call(fn, P.load("this"), *args), None
        self.scope.uses_this_methods = True
        py = self.scope.temp("_f")
        found = P.bool_and(
            P.compare(P.walrus(py, P.call(P.attr(P.load("_pm"), "get"), P.const(e.name))), "is not", P.const(None)),
            P.compare(P.const(e.name), "not in", P.load("this")))
        fn = P.ifexp(found, P.load(py), P.call("_meth", P.load("this"), P.const(e.name)))
        return P.call(fn, P.load("this"), *args), None

    def collection_call(self, e: n.MemberCall, obj: ast.expr, args: list[ast.expr]):
        """$c.push(x) on a Collection variable: the member function, called directly."""
        from runtime.access import COLLECTION_RAW

        raw = COLLECTION_RAW.get(e.name)
        if raw is None:
            return None
        _fn, lo, hi = raw
        if len(args) < lo or (hi is not None and len(args) > hi):
            return None  # the generic call reports the wrong count at run time
        tmp = self.scope.temp("_m")
        if e.name == "push" and len(args) == 1:
            return self.inline_push(tmp, obj, e.args[0])
        direct = P.call("_CR_" + e.name, P.load(tmp), *args)
        generic = P.call(P.call("_meth", P.load(tmp), P.const(e.name)), P.load(tmp), *args)
        test = P.compare(P.call("type", P.walrus(tmp, obj)), "is", P.load("_Coll"))
        return P.ifexp(test, direct, generic)

    def inline_push(self, tmp: str, obj: ast.expr, arg_node: n.Expr) -> ast.expr:
        """$c.push(v): list.append when $c is a plain collection and v is stored as it is.

        `&` (not `and`) evaluates both sides, so the collection and then the value are computed
        once, in order, whichever branch runs.
        """
        arg, at = self.expr(arg_node)
        if at == "integer":
            arg = P.call("float", arg)  # collections keep numbers as Reals
        v = self.scope.temp("_v")
        test = ast.BinOp(left=P.compare(P.call("type", P.walrus(tmp, obj)), "is", P.load("_Coll")),
                         op=ast.BitAnd(),
                         right=P.compare(P.call("type", P.walrus(v, arg)), "in", P.load("_DIRECT")))
        fast = P.bool_or(P.call(P.attr(P.load(tmp), "append"), P.load(v)), P.load(tmp))
        direct = P.call("_CR_push", P.load(tmp), P.load(v))
        generic = P.call(P.call("_meth", P.load(tmp), P.const("push")), P.load(tmp), P.load(v))
        slow = P.ifexp(P.compare(P.call("type", P.load(tmp)), "is", P.load("_Coll")), direct, generic)
        return P.ifexp(test, fast, slow)

    def e_Index(self, e: n.Index):
        obj, t = self.expr(e.obj)
        helper = "_index_var" if self._null_reads_undefined(e.obj, t) else "_index"
        return P.call(helper, obj, self.value(e.key)), None

    def e_IndexCall(self, e: n.IndexCall):
        args = [self.value(a) for a in e.args]
        return P.call("_callm", self.value(e.obj), P.call("_as_key", self.value(e.key)), *args), None

    def e_CharRef(self, e: n.CharRef):
        return P.call("_char_at", self.value(e.obj), self.value(e.index)), "text"

    def e_Deref(self, e: n.Deref):
        return P.call("_deref", self.value(e.pointer)), None

    def e_PointerTo(self, e: n.PointerTo):
        if isinstance(e.target, n.FieldRef):
            return P.call("_field_ptr", P.const(e.target.table), P.const(e.target.field)), "pointer"
        if isinstance(e.target, n.TableRef):
            return P.call("_table_ptr", P.const(e.target.table)), "pointer"
        return self.pointer_to(e), "pointer"

    # ------------------------------------------------------------------ calls

    def e_Call(self, e: n.Call):
        lowered = key(e.name)
        specials = self._specials
        if specials is None:
            specials = self._specials = self.special_calls()  # bound to this compiler: made once
        handler = specials.get(lowered)
        if handler is not None:
            return handler(e)
        spec = lookup_command(e.name)
        if spec is not None:
            return self.command_call(spec, e.args, e), spec.returns
        if self.program.has_method(e.name):
            typed = [self.expr(a) for a in e.args]
            args = [a for a, _t in typed]
            own = self.self_method
            if own is not None and lowered == own[0] and self.scope.kind == "method" and len(args) == len(own[1]) \
                    and all(t == p for (_a, t), p in zip(typed, own[1])):
                # The method calls itself with arguments of its parameters' types: its fast entry.
                self.self_fast_used = True
                return P.call(own[2], P.const(None), *args), self.program.method_type(e.name)
            return self.method_call(e.name, args), self.program.method_type(e.name)
        if self.is_unimplemented_command(e.name, e.tag):
            return self.unsupported_call(e.name, e.args, e)
        if self.program.interactive:
            # The REPL: a class may be loaded before the methods it calls; the name is looked up when called.
            return P.call("_late_method", P.const(e.name), *[self.value(a) for a in e.args]), None
        return self.unknown_call(e)

    def command_call(self, spec, args: list[n.Expr], node: n.Node) -> ast.expr:
        count = len(args)
        formulas = spec.formulas
        values = [self.formula_arg(a) if i in formulas else self.output_arg(a) if i in spec.outputs
                  else self.value(a) for i, a in enumerate(args, 1)]
        if count < spec.min_args or (spec.max_args is not None and count > spec.max_args):
            expected = _arity_text(spec.min_args, spec.max_args)
            detail = f"expects {expected} parameter(s), got {count}"
            return P.call("_raise", P.const("param_count"), P.const(spec.name), P.const(detail))
        self.used_commands.add(spec.pyname)
        return P.call(spec.pyname, *values)

    def output_arg(self, arg: n.Expr) -> ast.expr:
        """An argument the command writes into: a pointer to it when it is a variable."""
        if isinstance(arg, n.Local) or isinstance(arg, n.Interprocess):
            return self.pointer_to(n.PointerTo(arg.line, arg.col, arg, src_start=arg.src_start,
                                               src_end=arg.src_end))
        if isinstance(arg, n.Name) and self._is_variable_name(arg.name):
            return self.pointer_to(n.PointerTo(arg.line, arg.col, arg, src_start=arg.src_start,
                                               src_end=arg.src_end))
        if isinstance(arg, n.Deref):
            # $p-> : the pointer itself, so that the command can write into what it points to.
            return self.value(arg.pointer)
        if isinstance(arg, n.ArrayElem):
            return self.elem_pointer(arg)  # an array element is a variable too
        if isinstance(arg, n.FieldRef):  # the field itself (QUERY, ORDER BY...), as a pointer to it
            return P.call("_field_ptr", P.const(arg.table), P.const(arg.field))
        if self.is_criterion(arg):  # QUERY([T];[T]F="x"): the comparison, not its value
            return P.call("_criterion", self.output_arg(arg.left), P.const(arg.op), self.value(arg.right))
        return self.value(arg)

    @staticmethod
    def is_criterion(arg: n.Expr) -> bool:
        """`[T]F = value` (or `ptr-> = value`): a query argument of the classic database commands."""
        return (isinstance(arg, n.Binary) and arg.op in ("=", "#", "<", ">", "<=", ">=", "%", "≤", "≥", "≠")
                and isinstance(arg.left, (n.FieldRef, n.Deref)))

    def formula_arg(self, arg: n.Expr) -> ast.expr:
        """An argument the command evaluates itself, once per record (QUERY BY FORMULA, APPLY TO
        SELECTION): a function of no arguments; an assignment (`[T]F:=...`) is a statement run by it."""
        if isinstance(arg, n.AssignExpr):
            return P.load(self.hoist_thunk(arg))
        return ast.Lambda(args=_no_args(), body=self.value(arg))

    def _is_variable_name(self, name: str) -> bool:
        return (key(name) not in _VALUE_NAMES and lookup_constant(name) is None
                and lookup_command(name) is None and not self.program.has_method(name)
                and not catalog.is_command(name))

    def method_call(self, name: str, args: list[ast.expr]) -> ast.expr:
        pyname = self.program.method_pyname(name)
        return P.call(pyname, P.const(None), *args)

    def global_const(self, value) -> ast.expr:
        return P.load(self.program.constant(value))


def _pure(e: n.Expr) -> bool:
    """Can this operand be evaluated twice with no effect (a variable or constant)?"""
    return isinstance(e, (n.Local, n.Literal))


def _size(e: n.Node) -> int:
    from interpreter.compiler.scope import walk

    return len(walk(e))


def _no_args() -> ast.arguments:
    return ast.arguments(posonlyargs=[], args=[], vararg=None, kwonlyargs=[], kw_defaults=[],
                         kwarg=None, defaults=[])


def _integral(lit: n.Literal) -> bool:
    return lit.kind == "number" and float(lit.value).is_integer() and abs(lit.value) < 2**31


def _arity_text(lo: int, hi: int | None) -> str:
    if hi is None:
        return f"at least {lo}"
    if lo == hi:
        return str(lo)
    return f"{lo} to {hi}"


def _type_of_const(value) -> str | None:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, str):
        return "text"
    if isinstance(value, (int, float)):
        return "real"
    return None


def _result_type(op: str, lt: str | None, rt: str | None) -> str | None:
    if op in ("=", "#", "<", ">", "<=", ">=", "??"):
        return "boolean"
    if op in ("&", "|"):
        if lt == rt == "boolean":
            return "boolean"
        if lt in NUMERIC and rt in NUMERIC:
            return "real"
        return None
    if op in ("^|", "<<", ">>", "?+", "?-", "^", "/", "\\"):
        return "real" if lt in NUMERIC or lt is None else None
    if op == "+" and lt == "text" and rt == "text":
        return "text"
    if op == "*" and lt == "text":
        return "text"
    if op in ("+", "-", "*") and lt in NUMERIC and rt in NUMERIC:
        return "real"
    if op in ("+", "-") and lt == "date" and rt in NUMERIC:
        return "date"
    if op == "-" and lt == rt == "date":
        return "real"
    if op == "%" and lt == rt == "text":
        return "boolean"
    return None


__all__ = ["ExprGen", "TooDeep", "construct_name", "local_pyname"]


def _member_reader(obj: ast.expr) -> ast.expr | None:
    """`cmd.member4d` when obj calls, without arguments, a command whose function has a
    member4d(name) reader (runtime/registry.py): `ds` does, for `ds.Employee`."""
    if not (isinstance(obj, ast.Call) and isinstance(obj.func, ast.Name) and not obj.args and not obj.keywords
            and obj.func.id.startswith("C_")):
        return None
    spec = command_for_pyname(obj.func.id)
    if spec is None or getattr(spec.fn, "member4d", None) is None:
        return None
    return P.attr(P.load(obj.func.id), "member4d")


def _reads_member(obj: ast.expr) -> bool:
    """obj is a command's member reader call (ds.Employee): a built-in object, most likely."""
    return isinstance(obj, ast.Call) and isinstance(obj.func, ast.Attribute) and obj.func.attr == "member4d"
