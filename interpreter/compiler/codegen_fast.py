"""Code generation: what can be decided at compile time to make calls and literals cheaper.

Stage: code generation (a mixin of the Compiler, like codegen_expr/codegen_stmt). Each
fast path keeps the general one's meaning exactly; docs/decisions.md ("Speed without
changing meaning") says why each holds: a formula's fields form (formula_fields), `New
object` with constant names, `String` of an Integer.
"""

from __future__ import annotations

import ast
import re

from interpreter.compiler import nodes as n
from interpreter.compiler import pyast as P
from runtime.registry import key, lookup_command

_FIELD_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def _nodes(x):
    """Every node under x, looking into lists and tuples at any depth (ObjectLit items, Case branches)."""
    stack = [x]
    while stack:
        x = stack.pop()
        if isinstance(x, n.Node):
            yield x
            stack.extend(getattr(x, f) for f in x._fields)
        elif isinstance(x, (list, tuple)):
            stack.extend(x)


def formula_fields(arg: n.Expr) -> tuple[str, ...] | None:
    """The properties of $1 a formula reads, when that is all it does with its parameters.

    Collection functions call a formula with $1 = a new object ({value}, {value; value2},
    {value; accumulator}) and read back $1.result and $1.stop. A formula that only reads
    properties of $1 (never writes one, never uses $1 itself, $2..., Count parameters,
    Copy parameters or ${n}, holds no formula of its own) behaves the same when it gets those
    properties as arguments; then the caller need not build $1 at all, and knows the formula
    sets neither $1.result nor $1.stop. None otherwise.
    """
    fields: set[str] = set()
    ones = members = 0
    for x in _nodes(arg):
        if isinstance(x, n.Local) and x.name.isdigit():
            if x.name != "1":
                return None
            ones += 1
        elif isinstance(x, n.Member) and isinstance(x.obj, n.Local) and x.obj.name == "1":
            if x.name == "length" or not _FIELD_NAME.fullmatch(x.name):
                return None
            fields.add(x.name)
            members += 1
        elif isinstance(x, (n.AssignExpr, n.ParamIndirect)):
            return None
        elif isinstance(x, (n.Call, n.Name)) and key(x.name) in ("formula", "count parameters",
                                                                  "copy parameters"):
            return None
    if not fields or ones != members:
        return None
    return tuple(sorted(fields))


class FastGen:
    """Special forms of some commands, compiled inline when their arguments allow it."""

    def c_string(self, e: n.Call):
        """String(x) of an Integer is str(x) (String's own rule for whole numbers), inline."""
        spec = lookup_command("String")
        if len(e.args) != 1:
            return self.command_call(spec, e.args, e), "text"
        value, t = self.expr(e.args[0])
        if t != "integer":
            return self.command_call(spec, e.args, e), "text"
        tmp = self.scope.temp("_s")
        self.used_commands.add(spec.pyname)
        is_int = P.compare(P.call("type", P.walrus(tmp, value)), "is", P.load("int"))
        return P.ifexp(is_int, P.call("str", P.load(tmp)), P.call(spec.pyname, P.load(tmp))), "text"

    def c_new_object(self, e: n.Call):
        """New object with constant, distinct property names: built like an object literal."""
        spec = lookup_command("New object")
        names = [a.value for a in e.args[0::2] if isinstance(a, n.Literal) and a.kind == "text"]
        if not e.args or len(e.args) % 2 or len(names) != len(e.args) // 2 or len(set(names)) != len(names):
            return self.command_call(spec, e.args, e), "object"
        values, plain = self.stored_values(e.args[1::2])
        items = ast.Dict(keys=[P.const(k) for k in names], values=values)
        if plain:
            return P.call("_mkobj_plain", items), "object"
        self.used_commands.add(spec.pyname)
        return P.call("_mkobj_command", items, P.load(spec.pyname)), "object"
