"""Code generation for statements: 4D statements -> Python statements.

Stage: code generation (mixin of compiler.Compiler). Every simple statement
is wrapped in try/except calling `_on_error` (free in CPython 3.11 when
nothing fails), which gives 4D's rules: ON ERR CALL resumes at the next
statement, Try unwinds. Conditions are computed into a temporary inside
their own guard so that nesting 4D blocks does not nest Python try blocks.
"""

from __future__ import annotations

import ast

from interpreter.compiler import nodes as n
from interpreter.compiler import pyast as P
from interpreter.compiler.codegen_expr import TooDeep
from interpreter.compiler.scope import LEGACY_DECLARATIONS, other_method_declaration, type_of_ref, walk
from runtime import catalog, limits
from runtime.registry import key, lookup_command

# Branches of a Case of compiled as one if/else chain; longer ones are split into chains of this size.
_CASE_GROUP = 16
# Python type checked inline before calling a converter (fast path).
PYTYPE = {"text": "str", "integer": "int", "boolean": "bool"}


# Compiler class -> statement node class -> its s_ method (looked up once).
_S_METHODS: dict[type, dict[type, object]] = {}


class StmtGen:
    _on_error: tuple[str, ast.stmt] | None = None  # (fi_name, its handler statement), unstamped code only
    # False in a check's generator (checkgen.py): variants of code that only make runs faster,
    # and decide nothing else, are left out.
    builds_code = True

    # ------------------------------------------------------------------ blocks

    def block(self, stmts: list[n.Stmt]) -> list[ast.stmt]:
        out: list[ast.stmt] = []
        for s in stmts:
            out.extend(self.stmt(s))
        return out or [ast.Pass()]

    def stmt(self, s: n.Stmt) -> list[ast.stmt]:
        self.depth += 1
        if self.depth > self.max_depth:
            self.max_depth = self.depth
        if self.depth > limits.NESTING:
            raise TooDeep(s)
        table = _S_METHODS.get(type(self))
        if table is None:
            table = _S_METHODS[type(self)] = {}
        method = table.get(type(s))
        if method is None:
            method = table[type(s)] = getattr(type(self), "s_" + type(s).__name__)
        saved, self.pre = self.pre, []
        try:
            body = method(self, s)
            out = self.pre + body
        finally:
            self.pre = saved
        self.depth -= 1
        if self.stamp:
            for node in out:
                P.at(node, s.line, s.col)
        return out

    def guarded(self, body: list[ast.stmt], on_fail: list[ast.stmt] | None = None) -> list[ast.stmt]:
        if self.stamp:
            handler = [P.expr_stmt(P.call("_on_error", P.load("_e"), P.load(self.fi_name)))]
        else:
            # Unstamped code is never compiled (only its block nesting is measured, then it is
            # made again with positions: Program._compile_with): one handler call serves all.
            shared = self._on_error
            if shared is None or shared[0] != self.fi_name:
                shared = self._on_error = (self.fi_name, P.expr_stmt(
                    P.call("_on_error", P.load("_e"), P.load(self.fi_name))))
            handler = [shared[1]]
        return [P.try_except(body, "Exception", "_e", handler + (on_fail or []))]

    def condition(self, e: n.Expr) -> tuple[list[ast.stmt], ast.expr]:
        """Statements computing a Boolean condition into a temporary, and the test."""
        value, t = self.expr(e)
        if t != "boolean":
            value = P.call("_cond", value)
        tmp = self.scope.temp("_c")
        stmts = self.guarded([P.assign(tmp, value)], [P.assign(tmp, P.const(False))])
        return stmts, P.load(tmp)

    # ------------------------------------------------------------------ simple statements

    def s_ExprStmt(self, s: n.ExprStmt):
        e = s.expr
        if isinstance(e, n.Call):
            decl = LEGACY_DECLARATIONS.get(e.name.lower())
            if decl is not None:
                return self.legacy_declaration(e, decl)
        if isinstance(e, (n.Local, n.Literal)):
            return []  # a lone value: nothing to do
        return self.guarded([P.expr_stmt(self.value(e))])

    def legacy_declaration(self, e: n.Call, decl: str):
        out = []
        if other_method_declaration(e, self.scope.display, self.program.has_method):
            return out  # C_LONGINT(otherMethod; $1): a directive for the compiler only
        for arg in e.args:
            if isinstance(arg, n.Name):
                self.scope.uses_proc_vars = True
                out.append(P.expr_stmt(P.call(P.attr(P.load("_pv"), "setdefault"),
                                              P.const(key(arg.name)), self.default_value(decl))))
        return out

    def s_Assign(self, s: n.Assign):
        plain = self.plain_object_assign(s)
        if plain is not None:
            return plain
        value, vt = self.expr(s.value)
        return self.guarded(self.write_target(s.target, value, vt))

    def plain_object_assign(self, s: n.Assign) -> list[ast.stmt] | None:
        """$o.a:=$o.b+1: when $o holds a plain object, its properties are read and written as a dict.

        Only for values made of literals, locals, operators and properties of $o itself: nothing
        in them can run 4D code, so $o stays a plain object while the value is computed.
        """
        target = s.target
        if not (isinstance(target, n.Member) and isinstance(target.obj, n.Local)):
            return None
        if self.scope.local(target.obj.name).class_typed:
            return None  # an instance of a class, not a plain object: see native_setp
        name = target.obj.name.lower()
        if not _plain_safe(s.value, name):
            return None
        obj = P.load(self.scope.local(target.obj.name).pyname)
        fast: list[ast.stmt] = []
        if self.builds_code:
            # (A check builds no code: this variant decides nothing the general one below does not.)
            self.plain_local = name
            try:
                fast_value = self.value(s.value)
            finally:
                self.plain_local = None
            v = self.scope.temp("_w")
            store = ast.Subscript(value=obj, slice=P.const(target.name), ctx=ast.Store())
            fast = [P.assign(v, fast_value),
                    P.if_(P.compare(P.call("type", P.load(v)), "in", P.load("_DIRECT")), [P.assign(store, P.load(v))],
                          [P.expr_stmt(P.call("_setp", obj, P.const(target.name), P.load(v)))])]
        value, vt = self.expr(s.value)
        general = self.write_target(target, value, vt)
        is_plain = P.bool_and(P.compare(P.call("type", obj), "is", P.load("_Obj")),
                              P.compare(P.attr(obj, "cls"), "is", P.const(None)))
        return self.guarded([P.if_(is_plain, fast, general)])

    def s_CompoundAssign(self, s: n.CompoundAssign):
        return self.guarded(self.compound(s.target, s.op, s.value))

    def compound(self, target: n.Expr, op: str, value_node: n.Expr) -> list[ast.stmt]:
        if isinstance(target, n.CharRef):
            self.error("Compound assignment cannot be used on a character reference", target)
            return []
        if isinstance(target, n.ArrayElem):
            return self.compound_array_elem(target, op, value_node)
        binop = n.Binary(target.line, target.col, op, target, value_node)
        if isinstance(target, (n.Local, n.Name, n.Interprocess)):
            value, vt = self.expr(binop)
            return self.write_target(target, value, vt)
        # Evaluate the target's container (and key) once.
        pre: list[ast.stmt] = []
        obj_tmp = self.scope.temp("_o")
        container = target.pointer if isinstance(target, n.Deref) else getattr(target, "obj", None)
        if container is None:
            self.error("This expression cannot be assigned", target)
            return []
        pre.append(P.assign(obj_tmp, self.value(container)))
        if isinstance(target, n.Member):
            current = P.call("_get", P.load(obj_tmp), P.const(target.name))
            setter = lambda v: P.call("_setp", P.load(obj_tmp), P.const(target.name), v)  # noqa: E731
        elif isinstance(target, n.Index):
            key_tmp = self.scope.temp("_k")
            pre.append(P.assign(key_tmp, self.value(target.key)))
            current = P.call("_index", P.load(obj_tmp), P.load(key_tmp))
            setter = lambda v: P.call("_set_index", P.load(obj_tmp), P.load(key_tmp), v)  # noqa: E731
        elif isinstance(target, n.Deref):
            current = P.call("_deref", P.load(obj_tmp))
            setter = lambda v: P.call("_deref_set", P.load(obj_tmp), v)  # noqa: E731
        else:
            self.error("This expression cannot be assigned", target)
            return []
        right = self.value(value_node)
        helper = {"+": "_add", "-": "_sub", "*": "_mul", "/": "_div"}[op]
        return pre + [P.expr_stmt(setter(P.call(helper, current, right)))]

    def write_target(self, target: n.Expr, value: ast.expr, vt: str | None) -> list[ast.stmt]:
        selected = self.write_array_var(target, value)
        if selected is not None:
            return selected
        if isinstance(target, n.ArrayElem):
            return self.write_array_elem(target, value)
        if isinstance(target, n.Local):
            info = self.scope.local(target.name)
            if info.type is None and vt is not None and info.name in self.inferred:
                info.type = vt
            if info.class_typed and info.type == "object" and vt is None:
                # An instance of a class: an object or a built-in object is taken as _as_object
                # takes it, inline.
                tmp = self.scope.temp("_v")
                native = P.bool_and(P.call("isinstance", P.load(tmp), P.load("_Native")),
                                    P.not_(P.call("isinstance", P.load(tmp), P.load("_Coll"))))
                taken = P.bool_or(P.compare(P.call("type", P.walrus(tmp, value)), "is", P.load("_Obj")), native)
                checked = P.ifexp(taken, P.load(tmp), P.call("_as_object", P.load(tmp), P.const("$" + target.name)))
                return [P.assign(info.pyname, checked)]
            return [P.assign(info.pyname, self.convert(value, vt, info.type, "$" + target.name))]
        if isinstance(target, n.Name):
            if target.tag or lookup_command(target.name) or catalog.is_command(target.name):
                self.error(f"{target.name} is a 4D command or constant, not a variable", target)
                return []
            lowered = key(target.name)
            self.scope.uses_proc_vars = True
            declared = self.scope.proc_var_types.get(lowered)
            converted = self.convert(value, vt, declared, target.name)
            sub = ast.Subscript(value=P.load("_pv"), slice=P.const(lowered), ctx=ast.Store())
            return [P.assign(sub, converted)]
        if isinstance(target, n.Interprocess):
            sub = ast.Subscript(value=P.load("_IPV"), slice=P.const(key(target.name)), ctx=ast.Store())
            return [P.assign(sub, value)]
        if isinstance(target, n.Member):
            if isinstance(target.obj, n.Store4D):
                self.error("4D classes cannot be assigned", target)
                return []
            if isinstance(target.obj, n.Local) and self.scope.local(target.obj.name).class_typed:
                return self.native_setp(self.value(target.obj), target.name, value)
            return self.inline_setp(self.value(target.obj), target.name, value)
        if isinstance(target, n.Index):
            return [P.expr_stmt(P.call("_set_index", self.value(target.obj), self.value(target.key), value))]
        if isinstance(target, n.Deref):
            return [P.expr_stmt(P.call("_deref_set", self.value(target.pointer), value))]
        if isinstance(target, n.CharRef):
            if not isinstance(target.obj, (n.Local, n.Name, n.Interprocess, n.ArrayElem)):
                self.error("[[ ]] can only be assigned on a variable", target)
                return []
            new_text = P.call("_set_char", self.value(target.obj), self.value(target.index), value)
            return self.write_target(target.obj, new_text, "text")
        if isinstance(target, n.ParamIndirect):
            return [P.assign("_a", P.call("_set_arg", P.load("_a"), self.value(target.index), value))]
        if isinstance(target, n.FieldRef):
            return [P.expr_stmt(P.call("_set_field", P.const(target.table), P.const(target.field), value))]
        self.error("This expression cannot be assigned", target)
        return []

    def inline_setp(self, obj: ast.expr, name: str, value: ast.expr) -> list[ast.stmt]:
        """o.name:=v with the plain-object case inline."""
        o, v = self.scope.temp("_o"), self.scope.temp("_w")
        fast = P.bool_and(P.compare(P.call("type", P.load(o)), "is", P.load("_Obj")),
                          P.compare(P.attr(P.load(o), "cls"), "is", P.const(None)),
                          P.compare(P.call("type", P.load(v)), "in", P.load("_DIRECT")))
        store = ast.Subscript(value=P.load(o), slice=P.const(name), ctx=ast.Store())
        return [P.assign(o, obj), P.assign(v, value),
                P.if_(fast, [P.assign(store, P.load(v))],
                      [P.expr_stmt(P.call("_setp", P.load(o), P.const(name), P.load(v)))])]

    def native_setp(self, obj: ast.expr, name: str, value: ast.expr) -> list[ast.stmt]:
        """o.name:=v where o is declared with a class type: a built-in object's set4d called
        directly (what _setp does for one), _setp for anything else."""
        o, v = self.scope.temp("_o"), self.scope.temp("_w")
        return [P.assign(o, obj), P.assign(v, value),
                P.if_(P.call("isinstance", P.load(o), P.load("_Native")),
                      [P.expr_stmt(P.call(P.attr(P.load(o), "set4d"), P.const(name), P.load(v)))],
                      [P.expr_stmt(P.call("_setp", P.load(o), P.const(name), P.load(v)))])]

    def convert(self, value: ast.expr, vt: str | None, target_type: str | None, name: str) -> ast.expr:
        if target_type == "blob":
            return P.call("_as_blob", value, P.const(name))  # copies: a Blob is a value, not shared
        if target_type is None or target_type == "variant" or vt == target_type:
            return value
        if target_type == "real" and vt == "integer":
            return value
        if target_type == "integer" and vt == "real":
            return P.call("_as_int", value)
        pytype = PYTYPE.get(target_type)
        if pytype is not None:
            # Check the common case inline: no call when the type is already right.
            tmp = self.scope.temp("_v")
            check = P.compare(P.call("type", P.walrus(tmp, value)), "is", P.load(pytype))
            return P.ifexp(check, P.load(tmp), P.call("_as_" + target_type, P.load(tmp), P.const(name)))
        return P.call("_as_" + target_type, value, P.const(name))

    def s_VarDecl(self, s: n.VarDecl):
        declared = type_of_ref(s.type)
        out: list[ast.stmt] = []
        for target in s.names:
            if isinstance(target, n.Name):
                lowered = key(target.name)
                self.scope.uses_proc_vars = True
                if s.init is None:
                    default = self.default_value(declared) if declared else P.load("_UNDEF")
                    out.append(P.expr_stmt(P.call(P.attr(P.load("_pv"), "setdefault"),
                                                  P.const(lowered), default)))
            elif s.type is None and s.init is not None:
                self.inferred.add(target.name.lower())
        if s.init is not None:
            value, vt = self.expr(s.init)
            out = self.guarded(out + self.write_target(s.names[0], value, vt))
        return out

    def s_Declare(self, s: n.Declare):
        return []  # handled when the method's signature is built

    def s_Return(self, s: n.Return):
        if s.value is None:
            return [ast.Return(value=self.result_value())]
        value, vt = self.expr(s.value)
        if self.scope.kind == "constructor":
            return self.guarded([P.expr_stmt(value), ast.Return(value=P.const(None))])
        res = self.scope.result
        if res is not None:
            assign = P.assign(res.pyname, self.convert(value, vt, res.type, "$" + res.name))
            return self.guarded([assign, ast.Return(value=P.load(res.pyname))])
        # If the value fails and ON ERR CALL resumes, execution goes on after the return.
        converted = self.convert(value, vt, self.scope.result_type, "the result")
        return self.guarded([ast.Return(value=converted)])

    def s_Break(self, s: n.Break):
        if self.scope.loop_depth == 0:
            self.error("break can only be used inside a loop", s)
        return [ast.Break()]

    def s_Continue(self, s: n.Continue):
        if self.scope.loop_depth == 0:
            self.error("continue can only be used inside a loop", s)
        return [ast.Continue()]

    # ------------------------------------------------------------------ branching

    def s_If(self, s: n.If):
        pre, test = self.condition(s.cond)
        body = self.block(s.body)
        orelse = self.block(s.orelse) if s.orelse is not None else []
        return pre + [P.if_(test, body, orelse)]

    def s_Case(self, s: n.Case):
        tail = self.block(s.orelse) if s.orelse is not None else []
        if len(s.branches) <= _CASE_GROUP:
            return self.case_chain(s.branches, tail)
        # Many branches: groups of if/else chains one after the other, not one chain nested
        # thousands deep (Python compiles nesting recursively); a flag says a branch ran.
        done = self.scope.temp("_case")
        groups = [tail] if tail else []
        for start in reversed(range(0, len(s.branches), _CASE_GROUP)):
            groups.append(self.case_chain(s.branches[start:start + _CASE_GROUP], [], done))
        out = [P.assign(done, P.const(False))] + groups.pop()
        while groups:
            out.append(self.at(P.if_(P.not_(P.load(done)), groups.pop()), s.line, s.col))
        return out

    def case_chain(self, branches: list, tail: list[ast.stmt], done: str | None = None) -> list[ast.stmt]:
        """`: (cond) body` branches as one if/else chain ending in `tail`."""
        for cond, body in reversed(branches):
            pre, test = self.condition(cond)
            branch = [self.at(st, cond.line, cond.col) for st in pre]
            stmts = self.block(body)
            if done is not None:
                stmts = [self.at(P.assign(done, P.const(True)), cond.line, cond.col)] + stmts
            tail = branch + [self.at(P.if_(test, stmts, tail), cond.line, cond.col)]
        return tail

    # ------------------------------------------------------------------ loops

    def loop_body(self, stmts: list[n.Stmt]) -> list[ast.stmt]:
        self.scope.loop_depth += 1
        try:
            return self.block(stmts)
        finally:
            self.scope.loop_depth -= 1

    def s_While(self, s: n.While):
        pre, test = self.condition(s.cond)
        body = pre + [P.if_(P.not_(test), [ast.Break()])] + self.loop_body(s.body)
        return [ast.While(test=P.const(True), body=body, orelse=[])]

    def s_Repeat(self, s: n.Repeat):
        first = self.scope.temp("_first")
        pre, test = self.condition(s.cond)
        check = [P.if_(P.not_(P.load(first)), pre + [P.if_(test, [ast.Break()])])]
        body = check + [P.assign(first, P.const(False))] + self.loop_body(s.body)
        return [P.assign(first, P.const(True)), ast.While(test=P.const(True), body=body, orelse=[])]

    def s_For(self, s: n.For):
        start_tmp, end_tmp, step_tmp = (self.scope.temp(p) for p in ("_fs", "_fe", "_fstep"))
        setup = [P.assign(start_tmp, self.value(s.start)), P.assign(end_tmp, self.value(s.end)),
                 P.assign(step_tmp, self.value(s.step) if s.step is not None else P.const(1))]
        guard = self.guarded(setup, [P.assign(start_tmp, P.const(1)), P.assign(end_tmp, P.const(0)),
                                     P.assign(step_tmp, P.const(1))])
        counter_type = self.expr(s.var)[1]
        if isinstance(s.var, n.Local) and not _assigns(s.body, s.var.name):
            info = self.scope.local(s.var.name)
            body = self.loop_body(s.body)
            rng = P.call("_for_range", P.load(start_tmp), P.load(end_tmp), P.load(step_tmp),
                         P.const(counter_type == "integer"))
            after = P.call("_for_after", P.load(start_tmp), P.load(end_tmp), P.load(step_tmp))
            loop = ast.For(target=P.store(info.pyname), iter=rng, body=body,
                           orelse=[P.assign(info.pyname, self.convert(after, "real", info.type, s.var.name))])
            return guard + [P.assign(info.pyname, self.convert(P.load(start_tmp), "real", info.type,
                                                               s.var.name)), loop]
        # The counter may change inside the loop: a while loop that re-reads it.
        first = self.scope.temp("_first")
        counter = self.value(s.var)
        advance = self.write_target(s.var, P.call("_add", self.value(s.var), P.load(step_tmp)), None)
        start = self.write_target(s.var, P.load(start_tmp), "real")
        stop = P.call("_for_done", counter, P.load(end_tmp), P.load(step_tmp))
        head = [P.if_(P.load(first), [P.assign(first, P.const(False))], advance),
                P.if_(stop, [ast.Break()])]
        loop = ast.While(test=P.const(True), body=self.guarded(head, [ast.Break()]) + self.loop_body(s.body),
                         orelse=[])
        return guard + start + [P.assign(first, P.const(True)), loop]

    def s_ForEach(self, s: n.ForEach):
        items_tmp = self.scope.temp("_items")
        args = [self.value(s.expr),
                self.value(s.begin) if s.begin is not None else P.const(None),
                self.value(s.end) if s.end is not None else P.const(None)]
        setup = self.guarded([P.assign(items_tmp, P.call("_foreach_items", *args))],
                             [P.assign(items_tmp, P.tuple_([]))])
        item_tmp = self.scope.temp("_it")
        body: list[ast.stmt] = []
        first = None
        if s.until is not None:
            first = self.scope.temp("_first")
            pre, test = self.condition(s.until)
            body.append(P.if_(P.not_(P.load(first)), pre + [P.if_(test, [ast.Break()])]))
            body.append(P.assign(first, P.const(False)))
        body += self.guarded(self.write_target(s.var, P.load(item_tmp), None), [ast.Break()])
        if s.while_ is not None:
            pre, test = self.condition(s.while_)
            body += pre + [P.if_(P.not_(test), [ast.Break()])]
        body += self.loop_body(s.body)
        loop = ast.For(target=P.store(item_tmp), iter=P.load(items_tmp), body=body, orelse=[])
        start = [P.assign(first, P.const(True))] if first else []
        return setup + start + [loop]

    # ------------------------------------------------------------------ blocks with cleanup

    def s_Use(self, s: n.Use):
        tmp = self.scope.temp("_use")
        enter = self.guarded([P.assign(tmp, self.value(s.expr)), P.expr_stmt(P.call("_use", P.load(tmp)))],
                             [P.assign(tmp, P.const(None))])
        body = self.block(s.body)
        return enter + [P.try_finally(body, [P.expr_stmt(P.call("_end_use", P.load(tmp)))])]

    def s_Try(self, s: n.Try):
        self.scope.uses_proc_vars = True
        inner = P.try_finally(self.block(s.body), [P.expr_stmt(P.call("_try_leave", P.load("_P")))])
        catch = [P.expr_stmt(P.call("_try_caught", P.load("_P"), P.load("_e"), P.load(self.fi_name)))]
        catch += self.block(s.catch) if s.catch is not None else []
        outer = P.try_except([inner], "Exception", "_e", catch)
        if not self.uses_throw:
            return [P.expr_stmt(P.call("_try_enter", P.load("_P"))), outer]
        # A deferred error thrown right in the Try part surfaces after End try, Catch not run.
        mark = self.scope.temp("_dm")
        after = self.guarded([P.expr_stmt(P.call("_raise_deferred", P.load(mark)))])
        return [P.assign(mark, P.call("_deferred_mark")), P.expr_stmt(P.call("_try_enter", P.load("_P"))),
                outer] + after


def _assigns(body: list[n.Stmt], name: str) -> bool:
    """Does a loop body assign (or point to) the local `name`?"""
    lowered = name.lower()
    Assign, CompoundAssign, AssignExpr, For, ForEach, PointerTo, CharRef, Local = (
        n.Assign, n.CompoundAssign, n.AssignExpr, n.For, n.ForEach, n.PointerTo, n.CharRef, n.Local)
    for node in walk(body):
        t = type(node)  # node classes have no subclasses: `type(x) is C` is isinstance(x, C)
        if t is Assign or t is CompoundAssign or t is AssignExpr or t is PointerTo:
            target = node.target
        elif t is For or t is ForEach:
            target = node.var
        else:
            continue
        if type(target) is CharRef:
            target = target.obj
        if type(target) is Local and target.name.lower() == lowered:
            return True
    return False


def _plain_safe(e: n.Expr, obj_name: str) -> bool:
    """True if computing `e` reads only literals, locals and properties of the local `obj_name`."""
    if isinstance(e, (n.Literal, n.Local)):
        return True
    if isinstance(e, n.Member):
        return isinstance(e.obj, n.Local) and e.obj.name.lower() == obj_name and e.name != "length"
    if isinstance(e, n.Binary):
        return _plain_safe(e.left, obj_name) and _plain_safe(e.right, obj_name)
    if isinstance(e, n.Unary):
        return _plain_safe(e.operand, obj_name)
    if isinstance(e, n.Ternary):
        return all(_plain_safe(x, obj_name) for x in (e.cond, e.then, e.orelse))
    return False
