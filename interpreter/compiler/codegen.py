"""Compiler: one unit (method or class) -> Python functions in the program.

Stage: code generation and assembly. Builds a Python module AST whose
functions carry 4D line numbers, compiles it with the 4D file as filename
and runs it in the program's globals; then wires the results (methods,
class functions, formulas) into the program. Special commands that need
their own source (Formula, ASSERT, Count parameters, Super, This...) are
compiled here.
"""

from __future__ import annotations

import ast

from interpreter.compiler import nodes as n
from interpreter.compiler import pyast as P
from interpreter.compiler.codegen_array import ArrayGen
from interpreter.compiler.codegen_expr import ExprGen, TooDeep
from interpreter.compiler.codegen_fast import FastGen, formula_fields
from interpreter.compiler.codegen_stmt import PYTYPE, StmtGen
from interpreter.compiler.scope import LocalInfo, PreScan, Scope, native_class_of_ref, type_of_ref, walk
from runtime import limits
from runtime.errors import CompileError
from runtime.handling import FuncInfo
from runtime.registry import key, lookup_command

# Parameter types a fast entry takes as they are: for an argument of that static type, the check
# on entry (_param: convert.as_int, as_real, as_text, as_bool, as_object, as_collection) keeps
# the value as it is, as an assignment to a variable of that type already does (convert()).
FAST_TYPES = {"integer", "real", "text", "boolean", "object", "collection"}
# Result types a call by name can give its value (the function converts it on return).
RESULT_TYPES = {"integer", "real", "text", "boolean"}

_TYPE_CODES = {"real": 1, "text": 2, "picture": 3, "date": 4, "boolean": 6, "integer": 9, "time": 11,
               "variant": 12, "pointer": 23, "blob": 30, "object": 38, "collection": 42}


def nesting_message(e: Exception) -> str:
    """The compile error for code nested past limits.NESTING."""
    here = f" (here: {e})" if isinstance(e, TooDeep) else ""
    return (f"too deeply nested: more than {limits.NESTING:,} levels of expressions and blocks "
            f"inside one another{here}")


class Compiler(ArrayGen, ExprGen, StmtGen, FastGen):
    """Compiles the functions of one source file."""

    def __init__(self, program, path: str, src: str, session: bool = False) -> None:
        self.program = program
        self.session = session  # methods keep their locals in program.session (REPL, doc pages)
        self.path = path
        self.src = src
        self.lines = src.split("\n")
        self.errors: list[CompileError] = []
        self.warnings: list[CompileError] = []  # unsupported commands (run4d --check lists them)
        self.functions: list[ast.FunctionDef] = []
        self.pre: list[ast.stmt] = []
        self.used_commands: set[str] = set()
        self.scope: Scope | None = None
        self.fi_name = ""
        self.cls_def: n.ClassDef | None = None
        self.cls_const = ""
        self.inferred: set[str] = set()
        self.captured: list[str] = []  # locals a formula receives as copies
        self.uses_throw = False
        self.compiled = None  # (code, made) once Python compiled it (Program._compile_with)
        self.max_depth = 0  # the deepest nesting of expressions and blocks met (pycompile.may_skip)
        # Give Python nodes their 4D lines (pyast.at)? Only compile() needs them: a check that
        # will not compile leaves them out (Program._compile_with).
        self.stamp = True
        self.proc_decls: list[tuple[str, str]] = []  # process variables declared with their types
        self.session_declared: dict[str, str] = {}  # types this session piece declares
        self.formula_fields: dict[str, str] | None = None  # compiling a formula's fields form
        self.class_static: dict[str, str] = {}  # function name -> pyname, for This.f() (compile_class)
        # Fast entries of this class's functions (see fast_entry): name -> parameter types, result type.
        self.fast_sig: dict[str, tuple[list[str], str | None]] = {}
        self.fast_names: dict[str, str] = {}  # name -> pyname of the fast entries used
        self.fast_pending: list[str] = []
        self.this_exact = False  # compiling a fast entry: This is an instance of exactly this class
        self.relies: set[str] = set()  # This.f() compiled without the own-property check (names)
        # A method calling itself: (its name, parameter types, its fast entry's pyname), and
        # whether a call used that fast entry (compile_method).
        self.self_method: tuple[str, list[str], str] | None = None
        self.self_fast_used = False
        self.self_pending: tuple[n.FunctionDef, str] | None = None  # (method, pyname): see compile_method

    def at(self, node, line: int, col: int = 0):
        """pyast.at when positions are wanted."""
        return P.at(node, line, col) if self.stamp else node

    # ------------------------------------------------------------------ errors

    def error(self, message: str, node: n.Node) -> None:
        line = node.line
        src = self.lines[line - 1] if 0 < line <= len(self.lines) else ""
        self.errors.append(CompileError(message, self.path, line, node.col, src, kind="error"))

    # ------------------------------------------------------------------ functions

    def function(self, fdef: n.FunctionDef, pyname: str, display: str, kind: str, fast: bool = False) -> None:
        """Compile a method, class function or constructor into self.functions."""
        saved = (self.scope, self.fi_name, self.inferred, self.pre, self.captured, self.depth)
        try:
            self._function(fdef, pyname, display, kind, fast)
        except (TooDeep, RecursionError) as e:
            self.scope, self.fi_name, self.inferred, self.pre, self.captured, self.depth = saved
            if isinstance(e, TooDeep):
                e.name_in(fdef.body)
            self.error(nesting_message(e), e.node if isinstance(e, TooDeep) else fdef)

    def _function(self, fdef: n.FunctionDef, pyname: str, display: str, kind: str, fast: bool = False) -> None:
        scope = Scope(display, kind)
        saved = (self.scope, self.fi_name, self.inferred, self.this_exact)
        self.scope, self.inferred, self.this_exact = scope, set(), fast
        self.fi_name = self.program.constant(FuncInfo(display, self.path, self.lines, kind))
        for i, p in enumerate(fdef.params, 1):
            if p.variadic:
                scope.variadic_type = type_of_ref(p.type)
                scope.uses_args = scope.indirect_args = True
                continue
            info = scope.local(p.name)
            info.type = type_of_ref(p.type)
            info.class_typed = native_class_of_ref(p.type)
            info.param_index = i
            scope.params.append(info)
        self._result(fdef, scope)
        PreScan(scope, self.error, self.program.has_method).scan_body(fdef.body)
        pending = self.self_pending
        if pending is not None and pending[0] is fdef and kind == "method" and not fast:
            self.self_pending = None
            self._self_signature(self._scanned_signature(fdef, scope), fdef, pending[1])
        if self.session and kind == "method":
            self._session_types(scope)
        self._declare_process_vars(scope)
        if kind == "constructor" and self._needs_super():
            scope.locals["_sd"] = LocalInfo("_sd", "_sd", "boolean")
        self.uses_throw = fdef.throws == 1
        if fdef.throws < 0:  # not known yet (a method's is: writes.method_facts)
            Call = n.Call
            for x in walk(fdef.body):
                if type(x) is Call and key(x.name) == "throw":  # (no node class has subclasses)
                    self.uses_throw = True
                    break
        body = self.block(fdef.body)
        if self.uses_throw:
            # Errors thrown with deferred: True are raised when this method returns.
            body = [P.assign("_dmark", P.call("_deferred_mark")),
                    P.try_finally(body, [P.expr_stmt(P.call("_raise_deferred", P.load("_dmark")))])]
        if kind == "constructor" and "_sd" in scope.locals:
            body.append(P.expr_stmt(P.call("_super_check", P.load("_sd"), P.load(self.cls_const))))
        body.append(ast.Return(value=self.result_value()))
        self.functions.append(self._assemble(pyname, scope, body, fdef.line, fast))
        self.scope, self.fi_name, self.inferred, self.this_exact = saved

    def _session_types(self, scope: Scope) -> None:
        """REPL lines and doc blocks: a type declared by an earlier piece holds in this one.

        A piece may declare a variable again with another type (the REPL's way to start over).
        """
        known = self.program.session_types
        for name, info in scope.locals.items():
            if name.isdigit():
                continue
            if info.type is None:
                info.type = known.get(name)
            else:
                self.session_declared[name] = info.type

    def _declare_process_vars(self, scope: Scope) -> None:
        from runtime import convert, process

        for name, t in scope.proc_var_types.items():
            if t in convert.TYPES:
                process.declare(name, convert.TYPES[t][1]())
                self.proc_decls.append((name, t))  # done again when the compiled code comes from the cache

    def _result(self, fdef: n.FunctionDef, scope: Scope) -> None:
        res = fdef.result
        if res is None:
            return
        scope.has_result = True
        if res.name:
            if any(p.name.lower() == res.name.lower() for p in fdef.params):
                self.error(f"${res.name} cannot be both a parameter and the result", res)
            info = scope.local(res.name)
            info.type = type_of_ref(res.type)
            scope.result = info
        else:
            scope.result_type = type_of_ref(res.type)

    def result_value(self) -> ast.expr:
        scope = self.scope
        if scope.kind == "constructor":
            return P.const(None)
        if scope.result is not None:
            return P.load(scope.result.pyname)
        if "0" in scope.locals:
            return P.load(scope.locals["0"].pyname)
        if scope.result_type is not None:
            return self.default_value(scope.result_type)
        return P.load("_UNDEF")

    def default_value(self, t: str | None) -> ast.expr:
        if t is None or t == "variant" or t == "array":
            return P.load("_UNDEF")  # an array exists once an ARRAY command has run
        simple = {"text": "", "real": 0.0, "integer": 0, "boolean": False, "object": None,
                  "collection": None, "pointer": None}
        if t in simple:
            return P.const(simple[t])
        return P.call("_default", P.const(t))

    def _assemble(self, pyname: str, scope: Scope, body: list[ast.stmt], line: int,
                  fast: bool = False) -> ast.FunctionDef:
        entry: list[ast.stmt] = []
        if scope.uses_proc_vars:
            # A component's code reads each process's variables of that component (runtime/components.py).
            pv = P.call("_CPV", P.load("_P")) if self.program.component is not None else P.attr(P.load("_P"), "vars")
            entry += [P.assign("_P", P.call("_PROC")), P.assign("_pv", pv)]
        if scope.uses_this_exact:
            # This is an instance of the class being compiled (never changes within a call).
            entry.append(P.assign("_ex", P.bool_and(
                P.compare(P.call("type", P.load("this")), "is", P.load("_Obj")),
                P.compare(P.attr(P.load("this"), "cls"), "is", P.load(self.cls_const)))))
        if scope.uses_this_methods:
            # `This` never changes within a call: its class's function table is looked up once.
            is_instance = P.bool_and(P.compare(P.call("type", P.load("this")), "is", P.load("_Obj")),
                                     P.compare(P.attr(P.load("this"), "cls"), "is not", P.const(None)))
            table = P.attr(P.attr(P.load("this"), "cls"), "py_methods")
            entry.append(P.assign("_pm", P.ifexp(is_instance, table, P.load("_NOPM"))))
        params = ["this"]
        defaults: list[ast.expr] = []
        vararg = None
        fields_form = scope.kind == "formula" and self.formula_fields is not None
        positional = [] if fields_form else self._numbered_params(scope)
        if fast:
            # A fast entry (fast_entry): its caller passes exactly the parameters, of their types.
            params += [info.pyname for info in scope.params]
        elif fields_form:
            # The fields form: $1's properties first, so that fast(value) calls it directly
            # (support.formula binds _cap only when the formula captured variables).
            params = [*self.formula_fields.values(), "_cap", "this"]
            defaults = [P.tuple_([]), P.const(None)]
        elif scope.kind == "formula":
            params = ["_cap", "this"]
            vararg = "_a"
        elif scope.uses_args:
            vararg = "_a"
        else:
            for info in scope.params:
                params.append(info.pyname)
                defaults.append(P.load("_UNDEF"))
            vararg = "_x"
        if positional:
            # $1...$n read only by number: Python's own argument passing fills them.
            params += positional
            defaults += [P.load("_UNDEF")] * len(positional)
        for info in [] if fast else scope.params:
            if vararg == "_a":
                idx = info.param_index - 1
                entry.append(P.assign(info.pyname, P.ifexp(
                    P.compare(P.call("len", P.load("_a")), ">", P.const(idx)),
                    ast.Subscript(value=P.load("_a"), slice=P.const(idx), ctx=ast.Load()),
                    P.load("_UNDEF"))))
            entry += self._param_check(info, scope.display)
        for name, info in scope.locals.items():
            if info.param_index or info.pyname == "_sd":
                continue
            if name.isdigit() and name != "0" and positional:
                if info.type is not None:
                    entry.append(P.assign(info.pyname, P.call("_legacy_param", P.load(info.pyname),
                                                              P.const(info.type))))
                continue
            if name.isdigit() and name != "0" and fields_form:
                continue  # the fields form reads $1's properties from its arguments only
            if name.isdigit() and name != "0" and scope.uses_args:
                idx = int(name) - 1
                value = P.ifexp(P.compare(P.call("len", P.load("_a")), ">", P.const(idx)),
                                ast.Subscript(value=P.load("_a"), slice=P.const(idx), ctx=ast.Load()),
                                P.load("_UNDEF"))
                if info.type is not None:
                    value = P.call("_legacy_param", value, P.const(info.type))
                entry.append(P.assign(info.pyname, value))
                continue
            if scope.kind == "formula" and name in self.captured:
                continue
            if self.session and scope.kind == "method":
                # A REPL line or doc block: locals live on in the session, from block to block.
                value = P.call(P.attr(P.load("_SES"), "get"), P.const(name), self.default_value(info.type))
                entry.append(P.assign(info.pyname, value))
                continue
            entry.append(P.assign(info.pyname, self.default_value(info.type)))
        if "_sd" in scope.locals:
            entry.append(P.assign("_sd", P.const(False)))
        if scope.kind == "formula":
            for i, name in enumerate(self.captured):
                entry.insert(0, P.assign(scope.locals[name].pyname, ast.Subscript(
                    value=P.load("_cap"), slice=P.const(i), ctx=ast.Load())))
        if self.session and scope.kind == "method":
            keep = [P.assign(ast.Subscript(value=P.load("_SES"), slice=P.const(name), ctx=ast.Store()),
                             P.load(info.pyname))
                    for name, info in scope.locals.items() if not name.isdigit() and name != "_sd"]
            body = [P.try_finally(body, keep)] if keep else body
        fn = P.func_def(pyname, params, entry + body, defaults, vararg)
        return self.at(fn, line)

    @staticmethod
    def _numbered_params(scope: Scope) -> list[str]:
        """Python parameter names for $1...$n when nothing reads the arguments as a whole."""
        if not scope.uses_args or scope.indirect_args or scope.params:
            return []
        numbers = [int(name) for name in scope.locals if name.isdigit() and name != "0"]
        if not numbers or max(numbers) > limits.NUMBERED_PARAMS:
            return []  # $2000000 is read from the argument tuple, not made the 2,000,000th parameter
        names = {int(name): info.pyname for name, info in scope.locals.items() if name.isdigit()}
        return [names.get(i, f"_u{i}") for i in range(1, max(numbers) + 1)]

    def _param_check(self, info: LocalInfo, display: str) -> list[ast.stmt]:
        t = info.type
        if t is None or t == "variant":
            return []
        conv = P.call("_param", P.load(info.pyname), P.const(t), P.const(info.param_index),
                      P.const(display))
        assign = P.assign(info.pyname, conv)
        pytype = PYTYPE.get(t)
        if pytype is None:
            return [assign]
        check = P.compare(P.call("type", P.load(info.pyname)), "is not", P.load(pytype))
        return [P.if_(check, [assign])]

    # ------------------------------------------------------------------ special names and calls

    def special_name(self, e: n.Name):
        lowered = key(e.name)
        if lowered == "this":
            return self.this_value(), None
        if lowered == "count parameters":
            return P.call("float", P.call("len", P.load("_a"))), "real"
        if lowered == "current method name":
            return P.const(self.scope.display), "text"
        if lowered == "cs":
            return P.load("_CS"), None
        if lowered == "super":
            if self.cls_def is None:
                return P.call("_raise", P.const("super_scope"), P.const("Super"),
                              P.const("outside a class")), None
            return P.attr(P.load(self.cls_const), "superclass"), None
        if lowered == "copy parameters":
            return P.call("_mkcoll", P.call("list", P.load("_a"))), "collection"
        return None

    def this_value(self) -> ast.expr:
        if self.scope.kind == "constructor" and "_sd" in self.scope.locals:
            return P.ifexp(P.load("_sd"), P.load("this"), P.call("_this_before_super"))
        return P.load("this")

    def special_calls(self):
        return {
            "formula": self.c_formula,
            "count parameters": lambda e: (P.call("float", P.call("len", P.load("_a"))), "real"),
            "copy parameters": self.c_copy_parameters,
            "assert": self.c_assert,
            "value type": self.c_value_type,
            "type": self.c_type,
            "super": self.c_super,
            "this": lambda e: (self.this_value(), None),
            "new object": self.c_new_object,
            "string": self.c_string,
        }

    def c_copy_parameters(self, e: n.Call):
        start = self.value(e.args[0]) if e.args else P.const(1)
        return P.call("_copy_params", P.load("_a"), start), "collection"

    def c_assert(self, e: n.Call):
        if not e.args or len(e.args) > 2:
            return P.call("_raise", P.const("param_count"), P.const("ASSERT"),
                          P.const("expects 1 to 2 parameter(s)")), None
        text = self.source_of(e.args[0])
        message = self.value(e.args[1]) if len(e.args) > 1 else P.const(None)
        check = P.call("_assert", self.value(e.args[0]), P.const(text), message)
        return P.ifexp(P.call("_assert_on"), check, P.const(None)), None

    def c_value_type(self, e: n.Call):
        if len(e.args) == 1 and isinstance(e.args[0], n.Local):
            info = self.scope.local(e.args[0].name)
            if info.type == "integer":
                return P.const(9.0), "real"
        return self.command_call(lookup_command("Value type"), e.args, e), "real"

    def c_type(self, e: n.Call):
        if len(e.args) == 1 and isinstance(e.args[0], n.ArrayElem):
            # The type of an array's elements (an Integer array's are Is integer, not Is real).
            elem = e.args[0]
            return P.call("_aelem_type", self.value(elem.obj), self.value(elem.index)), "real"
        if len(e.args) == 1 and isinstance(e.args[0], n.Local):
            info = self.scope.local(e.args[0].name)
            if info.type is not None and info.type in _TYPE_CODES:
                return P.const(float(_TYPE_CODES[info.type])), "real"
        return self.command_call(lookup_command("Value type"), e.args, e), "real"

    def c_super(self, e: n.Call):
        args = [self.value(a) for a in e.args]
        if self.scope.kind != "constructor" or self.cls_def is None:
            return P.call("_raise", P.const("super_scope"), P.const("Super"),
                          P.const("Super() can only be called in a class constructor")), None
        if "_sd" in self.scope.locals:
            # Super() marks the object constructed; a second call is an error (-10746).
            once = P.call("_super_once", P.load("_sd"), P.load(self.cls_const), P.load("this"), *args)
            return P.walrus("_sd", once), None
        return P.call("_super_ctor", P.load(self.cls_const), P.load("this"), *args), None

    def super_member_call(self, e: n.MemberCall, args: list[ast.expr]) -> ast.expr:
        if self.cls_def is None:
            return P.call("_raise", P.const("super_scope"), P.const("Super"), P.const("outside a class"))
        return P.call("_super_call", P.load(self.cls_const), P.const(e.name), self.this_value(), *args)

    def _needs_super(self) -> bool:
        # An ORDA entity class constructor calls no Super() (docs/ORDA/ordaClasses.md): This is ready.
        return self.cls_def is not None and self.cls_def.parent is not None and \
            self.cls_def.parent.name.lower() not in ("4d.object", "entity", "4d.entity")

    # ------------------------------------------------------------------ formulas, thunks, pointers

    def c_formula(self, e: n.Call):
        if len(e.args) != 1:
            return P.call("_raise", P.const("param_count"), P.const("Formula"),
                          P.const("expects 1 parameter")), None
        arg = e.args[0]
        source = self.source_of(arg)
        if isinstance(arg, n.Name) and self.program.has_method(arg.name) and not lookup_command(arg.name):
            # Formula(myMethod) forwards its call's parameters to the method.
            return P.call("_method_formula", P.load(self.program.method_pyname(arg.name)),
                          P.const(source)), "object"
        captured = sorted({x.name.lower() for x in walk(arg) if isinstance(x, n.Local)
                           and not x.name.isdigit()})
        pyname = self.program.fresh("_FML")
        self.compile_formula_body(arg, pyname, captured, source)
        values = [P.load(self.scope.local(name).pyname) for name in captured]
        fields = formula_fields(arg)
        if fields is None:
            return P.call("_formula", P.load(pyname), P.tuple_(values), P.const(source)), "object"
        # A second body taking $1's properties as arguments, for the callers that build $1
        # (collection functions): no $1 object per element. See formula_fields().
        fast = self.program.fresh("_FMF")
        self.compile_formula_body(arg, fast, captured, source, fields)
        return P.call("_formula", P.load(pyname), P.tuple_(values), P.const(source), P.load(fast),
                      P.tuple_([P.const(f) for f in fields])), "object"

    def compile_formula_body(self, arg: n.Expr, pyname: str, captured: list[str], source: str,
                             fields: tuple[str, ...] | None = None) -> None:
        outer_types = {name: self.scope.local(name).type for name in captured}
        saved = (self.scope, self.fi_name, self.pre, self.inferred, self.captured, self.formula_fields)
        scope = Scope("Formula", "formula")
        self.scope, self.pre, self.inferred, self.captured = scope, [], set(), captured
        self.formula_fields = None if fields is None else {f: f"F{i}_{f}" for i, f in enumerate(fields)}
        self.fi_name = self.program.constant(FuncInfo("Formula", self.path, self.lines, "formula"))
        for name in captured:
            scope.local(name).type = outer_types[name]
        PreScan(scope, self.error).scan_expr(arg)
        scope.uses_args = True
        if isinstance(arg, n.AssignExpr):
            stmt = n.Assign(arg.line, arg.col, arg.target, arg.value) if arg.op == ":=" else \
                n.CompoundAssign(arg.line, arg.col, arg.target, arg.op[0], arg.value)
            body = self.block([stmt]) + [ast.Return(value=P.load("_UNDEF"))]
        else:
            ret = n.Return(arg.line, arg.col, arg)
            body = self.block([ret])
        fn = self._assemble(pyname, scope, body, arg.line)
        self.functions.append(fn)
        self.scope, self.fi_name, self.pre, self.inferred, self.captured, self.formula_fields = saved

    def hoist_thunk(self, assign: n.AssignExpr) -> str:
        """A nested function performing an assignment, for Try(x:=...)."""
        name = self.scope.temp("_thunk")
        target = assign.target
        stmt = n.Assign(assign.line, assign.col, target, assign.value) if assign.op == ":=" else \
            n.CompoundAssign(assign.line, assign.col, target, assign.op[0], assign.value)
        saved = self.pre
        self.pre = []
        if isinstance(stmt, n.Assign):
            value, vt = self.expr(stmt.value)
            body = self.write_target(target, value, vt)
        else:
            body = self.compound(target, stmt.op, stmt.value)
        inner_pre, self.pre = self.pre, saved
        assigned = [self.scope.local(x.name).pyname for x in walk(target) if isinstance(x, n.Local)]
        decl = [ast.Nonlocal(names=sorted(set(assigned)))] if assigned else []
        result = self.value(target)
        fn = P.func_def(name, [], decl + inner_pre + body + [ast.Return(value=result)])
        self.pre.append(self.at(fn, assign.line))
        return name

    def pointer_to(self, e: n.PointerTo) -> ast.expr:
        target = e.target
        label = self.source_of(target) or "?"
        if isinstance(target, n.Name):
            self.scope.uses_proc_vars = True
            return P.call("_ptr_procvar", P.load("_pv"), P.const(key(target.name)), P.const(label))
        if isinstance(target, n.Interprocess):
            return P.call("_ptr_procvar", P.load("_IPV"), P.const(key(target.name)), P.const(label))
        if isinstance(target, n.ArrayElem):
            return self.elem_pointer(target)
        if isinstance(target, n.Local):
            info = self.scope.local(target.name)
            getter, setter = self.scope.temp("_pget"), self.scope.temp("_pset")
            self.pre.append(self.at(P.func_def(getter, [], [ast.Return(value=P.load(info.pyname))]), e.line))
            if info.type == "array":
                set_body = self.array_local_setter(info.pyname)
            else:
                value = self.convert(P.load("v"), None, info.type, "$" + target.name)
                set_body = [ast.Nonlocal(names=[info.pyname]), P.assign(info.pyname, value)]
            self.pre.append(self.at(P.func_def(setter, ["v"], set_body), e.line))
            return P.call("_Pointer", P.load(getter), P.load(setter), P.const(label))
        self.error("A pointer can only point to a variable", e)
        return P.const(None)

    # ------------------------------------------------------------------ units

    def compile_method(self, fdef: n.FunctionDef, pyname: str) -> None:
        display = fdef.display or fdef.name
        if not self.session:
            if display == fdef.name:
                # The pre-scan _function makes anyway tells whether the method reads its
                # arguments by number or as a whole: the signature is decided there, once.
                self.self_pending = (fdef, pyname)
            else:
                self._self_signature(self._fast_signature(fdef, "method"), fdef, pyname)
        self.function(fdef, pyname, display, "method")
        self.self_pending = None
        if self.self_fast_used and not self.errors:
            warnings = len(self.warnings)
            self.function(fdef, self.self_method[2], display, "method", fast=True)
            del self.warnings[warnings:]  # the same as the general entry's

    def compile_class(self, cdef: n.ClassDef, cls_const: str) -> dict[str, tuple]:
        """Compile a class's members; return {pyname: (kind, name, modifiers)}."""
        self.cls_def, self.cls_const = cdef, cls_const
        made: dict[str, tuple] = {}
        if cdef.constructor is not None:
            pyname = self.program.fresh(f"K_{cdef.name}_ctor")
            self.function(cdef.constructor, pyname, f"{cdef.name}.constructor", "constructor")
            made[pyname] = ("constructor", "constructor", cdef.constructor.modifiers)
        pynames = [self.program.fresh(f"K_{cdef.name}_{fdef.kind}_{fdef.name}") for fdef in cdef.functions]
        # This.f() in this class's code, for f defined here: when This is an instance of this
        # very class, f is known now (see this_call). Not for shared functions (wrapped on build).
        self.class_static = {fdef.name: pyname for fdef, pyname in zip(cdef.functions, pynames)
                             if fdef.kind == "function" and "shared" not in fdef.modifiers}
        statics = {fdef.name: fdef for fdef in cdef.functions if fdef.name in self.class_static}
        for name, fdef in statics.items():
            sig = self._fast_signature(fdef)
            if sig is not None:
                self.fast_sig[name] = sig
        for fdef, pyname in zip(cdef.functions, pynames):
            shown = f"{cdef.name}.event {fdef.name}" if fdef.kind == "event" else f"{cdef.name}.{fdef.name}"
            self.function(fdef, pyname, shown, fdef.kind)
            made[pyname] = (fdef.kind, fdef.name, fdef.modifiers)
        # The fast entries the calls above (and the fast entries themselves) use: the same body
        # again, for This of exactly this class and parameters already of their types.
        warnings = len(self.warnings)
        while self.fast_pending and not self.errors:
            name = self.fast_pending.pop(0)
            self.function(statics[name], self.fast_names[name], f"{cdef.name}.{name}", "function", fast=True)
        del self.warnings[warnings:]  # the same as the general entry's
        for prop in cdef.properties:
            if prop.init is None:
                continue
            pyname = self.program.fresh(f"K_{cdef.name}_init_{prop.names[0]}")
            ret = n.Return(prop.line, prop.col, prop.init)
            fdef = n.FunctionDef(prop.line, prop.col, "function", prop.names[0], [],
                                 n.Param(prop.line, prop.col, "", prop.type) if prop.type else None, [ret])
            self.function(fdef, pyname, f"{cdef.name}.{prop.names[0]}", "init")
            made[pyname] = ("init", prop.names[0], ())
        return made

    def _self_signature(self, sig: tuple[list[str], str | None] | None, fdef: n.FunctionDef, pyname: str) -> None:
        if sig is not None:
            # Its own calls with arguments of the parameters' types call a fast entry (as
            # This.f() does in a class, see fast_entry): a name no method can have.
            letters = "".join(t[0] for t in sig[0])  # integer, real, text, boolean: i, r, t, b
            self.self_method = (key(fdef.name), sig[0], f"MF{letters}_{pyname}")

    @staticmethod
    def _scanned_signature(fdef: n.FunctionDef, scope: Scope) -> tuple[list[str], str | None] | None:
        """_fast_signature from the scope of `fdef` once its own pre-scan ran (same parameters,
        same declarations: whether it reads its arguments by number is the same)."""
        types = []
        for p in fdef.params:
            t = type_of_ref(p.type)
            if p.variadic or t not in FAST_TYPES:
                return None
            types.append(t)
        if scope.uses_args:
            return None
        result = type_of_ref(fdef.result.type) if fdef.result is not None else None
        return types, result if result in RESULT_TYPES else None

    def _fast_signature(self, fdef: n.FunctionDef, kind: str = "function") -> tuple[list[str], str | None] | None:
        """(parameter types, static result type) when `fdef` can have a fast entry: every
        parameter declared with a type of FAST_TYPES, none read by number or as a whole."""
        types = []
        scope = Scope(fdef.name, kind)
        for i, p in enumerate(fdef.params, 1):
            t = type_of_ref(p.type)
            if p.variadic or t not in FAST_TYPES:
                return None
            types.append(t)
            info = scope.local(p.name)
            info.type, info.param_index = t, i
            scope.params.append(info)
        try:
            PreScan(scope, lambda message, node: None, self.program.has_method).scan_body(fdef.body)
        except RecursionError:
            return None  # nested too deeply: compiling the function reports it
        if scope.uses_args:
            return None
        result = type_of_ref(fdef.result.type) if fdef.result is not None else None
        return types, result if result in RESULT_TYPES else None

    def fast_entry(self, name: str) -> str:
        """The Python name of f's fast entry: f(this, p1, ..., pn) with no checks on entry, called
        by This.f() in this class when This is an instance of exactly this class and each
        argument has its parameter's declared type (so _param would keep it as it is)."""
        pyname = self.fast_names.get(name)
        if pyname is None:
            pyname = self.program.fresh(f"K_{self.cls_def.name}_fast_{name}")
            self.fast_names[name] = pyname
            self.fast_pending.append(name)
        return pyname

    def module(self) -> ast.Module:
        mod = ast.Module(body=self.functions, type_ignores=[])
        return mod
