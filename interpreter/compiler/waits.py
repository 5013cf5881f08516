"""Which functions cannot wait: the static analysis behind running a callback on the event loop.

Stage: analysis (on the parsed units a Program keeps; no code generation). A
class function or method is *quick* when nothing it runs can wait for
another process, a timer or I/O (DELAY PROCESS, a Signal, `Use`, an HTTP
request's wait(), a file or a database...) and when it is short: no loop,
no recursion, so each statement runs at most once per call. The network
engine runs a quick callback of an idle process directly on the event loop
thread (runtime.scheduler.run_inline); anything else keeps its hop to the
process (docs/decisions.md, "Callbacks run on the event loop").

The analysis is transitive over the project's methods and class functions
and conservative: a command outside the families listed below, a member
function of a built-in class outside QUICK_MEMBERS, a call the compiler
cannot resolve (`$o[$name]()`, EXECUTE METHOD, Formula from string, Super)
make a function "may wait", and so does a call that may reach a function
that may. A member call `$x.f()` may reach a built-in class's function f,
any project class function named f (any class: the receiver's class is not
known), and any function value stored in a property; a property read or
write may run a getter or setter of that name. So every Formula(...) of the
project, every project class function and every built-in function read as a
value must be quick for member calls to count as quick at all.
"""

from __future__ import annotations

from interpreter.compiler import nodes as n
from interpreter.compiler.scope import walk
from runtime.registry import key, lookup_command

# Command families (the module that registers them) whose commands compute and return:
# no wait, no I/O, no call to code named at run time.
QUICK_MODULES = frozenset({
    "stdlib_4d.text", "stdlib_4d.objects", "stdlib_4d.math_cmds", "stdlib_4d.dates", "stdlib_4d.json_cmds",
    "stdlib_4d.json_schema", "stdlib_4d.convert_cmds", "stdlib_4d.regex", "stdlib_4d.blob",
    "stdlib_4d.blob_codecs", "stdlib_4d.blobs.scalars", "stdlib_4d.blobs.edit", "stdlib_4d.blobs.compressing",
    "stdlib_4d.arrays.declare", "stdlib_4d.arrays.bridge", "stdlib_4d.arrays.search", "stdlib_4d.arrays.sort",
    "stdlib_4d.arrays.modify", "stdlib_4d.arrays.pointers", "stdlib_4d.variables", "stdlib_4d.system.callchain",
    "stdlib_4d.collection.modify",
})
# Commands of other families that are quick too (lowercase names).
QUICK_COMMANDS = frozenset({
    "value type", "undefined", "not", "form", "last errors", "get last error stack", "command name",
    "method called on error", "throw", "abort", "trace", "set assert enabled", "get assert enabled",
    "asserted", "choose",
    "call worker",  # posts to the worker's mailbox and returns
    "current process", "current process name", "process number",
})
# The compiler's special forms that are quick (Formula's body is checked as part of the function).
QUICK_SPECIAL = frozenset({"formula", "count parameters", "copy parameters", "current method name", "type",
                           "value type", "assert", "this", "cs", "true", "false", "null"})
# Member functions whose every definition, in every built-in class that has one by that name,
# returns without waiting: send() and terminate() queue their work for the event loop
# (WebSocket, WebSocketConnection, TCPConnection, UDPSocket, HTTPRequest, SystemWorker,
# TCPListener, WebSocketServer); these collection members compute. Names that ORDA classes
# also define (first, count, sum, slice, indexOf...: they read the database) are left out.
# tests/test_waits.py lists every built-in class defining one of these names.
QUICK_MEMBERS = frozenset({
    "send", "terminate",
    "push", "unshift", "insert", "combine", "concat", "pop", "shift", "remove", "clear", "resize", "fill",
    "indices", "includes", "lastIndexOf", "countValues", "join", "equal", "flat", "reverse",
})
_RUNS_FORMULA = frozenset({"call worker", "call form", "new process"})


def builtin_members() -> set[str]:
    """The names of the member functions of built-in classes defined now, and of collections.

    A module loading later defines new ones: runtime.native.CHANGES then says to decide again.
    """
    from runtime.access import COLLECTION_FUNCS
    from runtime.native import Native

    names = set(COLLECTION_FUNCS)
    todo = [Native]
    while todo:
        cls = todo.pop()
        names.update(cls.__dict__.get("funcs4d") or ())
        todo.extend(cls.__subclasses__())
    return names


class WaitAnalysis:
    """Answers "can this function wait?" for one Program (memoized; rebuilt when units change)."""

    def __init__(self, program) -> None:
        self.program = program
        self._memo: dict[int, str | None] = {}
        self._busy: set[int] = set()
        self._by_name: dict[str, list[tuple[str, n.FunctionDef]]] | None = None
        self._values: list | None = None  # [reason or None] for function values, once computed
        self._builtin = builtin_members()

    # ------------------------------------------------------------------ entry points

    def function_reason(self, cls_name: str, name: str, kind: str = "function") -> str | None:
        """None when class cls_name's function `name` is quick, else why it may wait."""
        self._values_reason()  # first, with nothing on the stack (see _values_reason)
        cdef = self.program.class_defs.get(cls_name)
        if cdef is None:
            return f"class {cls_name} has no source"
        for fdef in cdef.functions:
            if fdef.name == name and fdef.kind == kind:
                return self.reason(fdef, f"{cls_name}.{name}", shared="shared" in fdef.modifiers)
        return f"{cls_name}.{name} is not a function of its own"

    def method_reason(self, name: str) -> str | None:
        self._values_reason()
        entry = self.program.methods.get(key(name))
        if entry is None or entry.fdef is None or entry.component is not None:
            return f"no project method {name}"
        return self.reason(entry.fdef, name)

    # ------------------------------------------------------------------ the closure

    def reason(self, fdef: n.FunctionDef, where: str, shared: bool = False) -> str | None:
        ident = id(fdef)
        if ident in self._memo:
            return self._memo[ident]
        if ident in self._busy:
            return f"{where} is recursive"
        self._busy.add(ident)
        try:
            found = f"{where} is a shared function (Use This)" if shared else \
                self._body(fdef.body, where, fdef.kind == "constructor")
        finally:
            self._busy.discard(ident)
        # Met again while on the stack: a cycle, and every function on it (and every caller of
        # one) is not short. So a result is true wherever it was found: memoized as it is.
        self._memo[ident] = found
        return found

    def _body(self, body, where: str, constructor: bool = False) -> str | None:
        for node in walk(body):
            if constructor and type(node) in (n.Call, n.Name) and key(node.name) == "super":
                continue  # the parent's constructor: new_reason checks the whole chain
            found = self._node(node, where)
            if found is not None:
                return found
        return None

    def _node(self, node: n.Node, where: str) -> str | None:  # noqa: C901 (one case per node kind)
        t = type(node)
        if t is n.Call:
            return self._call(node.name, node.args, node.line, where)
        if t is n.Name:
            return self._name(node.name, node.line, where)
        if t is n.MemberCall:
            if node.name == "new":
                return self._new_reason(node, where)
            if node.name in self._builtin and node.name not in QUICK_MEMBERS:
                return f"{where}, line {node.line}: .{node.name}() of a built-in class may wait"
            return self._values_reason() or self._named(node.name, ("function",), where)
        if t is n.Member:
            if node.name == "me" and any("singleton" in c.modifiers for c in self.program.class_defs.values()):
                return f"{where}, line {node.line}: .me may make a singleton (its constructor runs)"
            return self._named(node.name, ("get",), where)  # a getter runs; a function read is a value
        if t is n.Index:
            return self._any_kind(("get",), where)
        if t in (n.Assign, n.CompoundAssign) or t is n.AssignExpr:
            target = node.target
            if type(target) is n.Member:
                return self._named(target.name, ("set",), where)
            if type(target) is n.Index:
                return self._any_kind(("set",), where)
            return None
        if t in (n.While, n.Repeat, n.For, n.ForEach):
            return f"{where}, line {node.line}: a loop may run long"
        if t is n.Use:
            return f"{where}, line {node.line}: Use may wait for another process"
        if t is n.IndexCall:
            return f"{where}, line {node.line}: a call named at run time"
        if t is n.SqlBlock:
            return f"{where}, line {node.line}: Begin SQL"
        if t is n.TableRef or t is n.FieldRef:
            return f"{where}, line {node.line}: the database"
        return None

    def _call(self, name: str, args: list, line: int, where: str) -> str | None:
        k = key(name)
        if k == "on err call":
            if args and type(args[0]) is n.Literal and args[0].kind == "text":
                handler = str(args[0].value)
                if not handler:
                    return None
                entry = self.program.methods.get(key(handler))
                if entry is None or entry.fdef is None:
                    return f"{where}, line {line}: ON ERR CALL of an unknown method"
                return self.reason(entry.fdef, entry.name)
            return f"{where}, line {line}: ON ERR CALL of a method named at run time"
        return self._name(name, line, where, called=True)

    def _name(self, name: str, line: int, where: str, called: bool = False) -> str | None:
        k = key(name)
        entry = self.program.methods.get(k)
        if entry is not None:
            if entry.component is not None:
                return f"{where}, line {line}: {name} is a method of the component {entry.component.name}"
            if entry.fdef is None:
                return f"{where}, line {line}: {name} has no source"
            return self.reason(entry.fdef, entry.name)
        if k in QUICK_SPECIAL:
            return None
        from runtime.registry import SPECIAL

        if k in SPECIAL:
            return f"{where}, line {line}: {name} may wait"
        spec = lookup_command(name)
        if spec is None:
            # A constant or a process variable when not called; a call to nothing known otherwise.
            return f"{where}, line {line}: {name} is unknown" if called else None
        if spec.module in QUICK_MODULES or k in QUICK_COMMANDS:
            return None
        return f"{where}, line {line}: {spec.name} may wait"

    def _new_reason(self, node: n.MemberCall, where: str) -> str | None:
        """`cs.X.new()`: X's constructor, its ancestors' and their property initial values."""
        obj = node.obj
        name = obj.name if type(obj) is n.Member and type(obj.obj) is n.Name and key(obj.obj.name) == "cs" else None
        cdef = self.program.class_defs.get(name) if name else None
        if cdef is None:
            return f"{where}, line {node.line}: .new() of a class not known here may wait"
        for _ in range(64):  # an inheritance cycle is a compile error; never loop on one
            if "shared" in cdef.modifiers or "singleton" in cdef.modifiers:
                return f"{where}, line {node.line}: cs.{cdef.name}.new() (a shared or singleton class)"
            if cdef.constructor is not None:
                found = self.reason(cdef.constructor, f"{cdef.name}.constructor")
                if found is not None:
                    return found
            for prop in cdef.properties:
                if prop.init is not None:
                    found = self._body([prop.init], f"{cdef.name}.{prop.names[0]}")
                    if found is not None:
                        return found
            if cdef.parent is None:
                return None
            store, _, parent = cdef.parent.name.rpartition(".")
            if parent == "Object" and store.lower() in ("", "4d"):
                return None
            cdef = self.program.class_defs.get(parent) if store in ("", "cs") else None
            if cdef is None:
                return f"{where}, line {node.line}: a constructor of built-in class {parent} may wait"
        return f"{where}, line {node.line}: an inheritance cycle"

    def _index(self) -> dict[str, list[tuple[str, n.FunctionDef]]]:
        """Every project class member by name: [(class name, FunctionDef)] (functions, getters, setters)."""
        if self._by_name is None:
            out: dict[str, list] = {}
            for cname, cdef in self.program.class_defs.items():
                for fdef in cdef.functions:
                    out.setdefault(fdef.name, []).append((cname, fdef))
            self._by_name = out
        return self._by_name

    def _named(self, name: str, kinds: tuple[str, ...], where: str) -> str | None:
        for cname, fdef in self._index().get(name, ()):
            if fdef.kind in kinds:
                found = self.reason(fdef, f"{cname}.{name}", shared="shared" in fdef.modifiers)
                if found is not None:
                    return found
        return None

    def _any_kind(self, kinds: tuple[str, ...], where: str) -> str | None:
        for name in self._index():
            found = self._named(name, kinds, where)
            if found is not None:
                return found
        return None

    def _values_reason(self) -> str | None:
        """None when every function value the project can make is quick (see the module's doc).

        While the values are checked, a member call counts as "may wait" (a function value
        could call another, or itself): the least answer, so no cycle through values is ever
        taken for short. What was decided meanwhile is forgotten once the answer is known.
        """
        if self._values is None:
            self._values = ["member calls are not checked while function values are"]
            found = self._scan_values()
            self._values = [found]
            self._memo.clear()
        return self._values[0]

    def _scan_values(self) -> str | None:
        units = [(e.name, e.fdef) for e in self.program.methods.values() if e.fdef is not None and e.component is None]
        units += [(f"{c}.{f.name}", f) for c, cdef in self.program.class_defs.items() for f in cdef.functions]
        units += [(f"{c}.constructor", cdef.constructor) for c, cdef in self.program.class_defs.items()
                  if cdef.constructor is not None]
        index = self._index()
        for where, fdef in units:
            nodes = walk(fdef.body)
            # A Formula handed straight to CALL WORKER (or CALL FORM, New process) runs in that
            # process; no property holds it, no member call can reach it.
            handed = {id(a) for x in nodes if type(x) is n.Call and key(x.name) in _RUNS_FORMULA
                      for a in x.args if type(a) is n.Call and key(a.name) == "formula"}
            for node in nodes:
                t = type(node)
                if t is n.Call:
                    k = key(node.name)
                    if k == "formula" and id(node) not in handed:
                        found = self._body(node.args, f"a Formula in {where}")
                        if found is not None:
                            return found
                    elif k == "formula from string":
                        return f"{where}, line {node.line}: Formula from string makes functions not seen here"
                elif t is n.Member:
                    if node.name in self._builtin and node.name not in QUICK_MEMBERS:
                        return f"{where}, line {node.line}: .{node.name} may be a built-in function read as a value"
                    for cname, member in index.get(node.name, ()):
                        if member.kind == "function":
                            found = self.reason(member, f"{cname}.{node.name}",
                                                shared="shared" in member.modifiers)
                            if found is not None:
                                return f"{cname}.{node.name} may be read as a value: {found}"
        return None
