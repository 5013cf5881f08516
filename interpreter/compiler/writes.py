"""Which property names code can write: where `This.f()` needs no own-property check.

Stage: static pass over parsed units (and formulas compiled at run time), before code
generation. An own property of an instance hides its class's function of the same
name (`This.f()` then calls the property's formula). Only a write can make one, and
these are every way 4D code writes a property into an existing object:

- an assignment whose target is `x.name` or `x["name"]` (`:=`, `+=`..., `Try(x.name:=...)`,
  a Formula's assignment, a `For` or `For each` loop variable);
- a class's `property name:=...` (the instance gets it when made);
- OB SET, OB SET NULL, OB SET ARRAY with the name as a literal text.

A write whose name is not known when compiling makes every name possible
("dynamic"): `x[expr]:=` where expr may be a text (a number cannot name a property,
runtime/access.set_index), OB SET... with a computed name, and JSON Resolve pointers
(which replaces an object's properties with a JSON document's). New objects (New object,
{...}, JSON Parse, OB Copy, the objects commands and events return) are not instances of
a project class, so what they hold does not matter. See docs/decisions.md, "Speed
without changing meaning".
"""

from __future__ import annotations

from interpreter.compiler import nodes as n
from interpreter.compiler.scope import LEGACY_DECLARATIONS, declared_array, type_of_ref, walk
from runtime.registry import key

# Commands that write a property named by an argument into the object they are given:
# command -> positions (1-based) of the names (OB SET: 2, 4, 6...).
_NAMED_SETTERS = {"ob set": "even", "ob set null": (2,), "ob set array": (2,)}
_DYNAMIC_COMMANDS = {"json resolve pointers"}
# Operators whose value can be a text (the others give a number, a date, a time, a Boolean or an error).
_TEXT_OPS = {"+", "*", "??", "&&", "||"}
_NUMBER_TYPES = {"integer", "real", "longint"}

EMPTY = (frozenset(), False)


def unit_writes(unit: n.Unit) -> tuple[frozenset[str], bool]:
    """(names the unit can write as properties, True when it can write any name)."""
    functions: list[n.FunctionDef] = []
    names: set[str] = set()
    if unit.cls is not None:
        cdef = unit.cls
        if cdef.constructor is not None:
            functions.append(cdef.constructor)
        functions.extend(cdef.functions)
        for prop in cdef.properties:
            if prop.init is not None:
                names.update(prop.names)
            functions.append(n.FunctionDef(prop.line, prop.col, "init", "", [], None,
                                           [n.Return(prop.line, prop.col, prop.init)] if prop.init else []))
    elif unit.method is not None:
        functions.append(unit.method)
    dynamic = False
    for fdef in functions:
        found, dyn = body_writes(fdef.body, _declared_types(fdef))
        names |= found
        dynamic = dynamic or dyn
    return frozenset(names), dynamic


def method_facts(fdef: n.FunctionDef) -> tuple[set[str], tuple[frozenset[str], bool]]:
    """A method's (array_variables, unit_writes) in one walk of its body (the same results as
    codegen_array.array_variables of its unit and unit_writes: one walk instead of three).
    The walk also records whether the body calls `throw` (fdef.throws, read by codegen)."""
    types: dict[str, str] = {}
    for p in fdef.params:
        t = type_of_ref(p.type)
        if t is not None:
            types[p.name.lower()] = t
    arrays: set[str] = set()
    names: set[str] = set()
    dynamic = False
    targets: list[n.Expr] = []
    Assign, CompoundAssign, AssignExpr, For, ForEach = n.Assign, n.CompoundAssign, n.AssignExpr, n.For, n.ForEach
    VarDecl, Call, Local = n.VarDecl, n.Call, n.Local
    throws = 0
    for node in walk(fdef.body):
        t = type(node)
        if t is Assign or t is CompoundAssign or t is AssignExpr:
            targets.append(node.target)
        elif t is For or t is ForEach:
            targets.append(node.var)
        elif t is VarDecl:
            if node.type is not None:
                declared = type_of_ref(node.type)
                for target in node.names:
                    if isinstance(target, Local) and declared is not None:
                        types[target.name.lower()] = declared
        elif t is Call:
            legacy = LEGACY_DECLARATIONS.get(node.name.lower())
            if legacy is not None:
                for arg in node.args:
                    if isinstance(arg, Local):
                        types[arg.name.lower()] = legacy
            target = declared_array(node)
            if target is not None:
                if isinstance(target, n.Name):
                    arrays.add(key(target.name))
                elif isinstance(target, n.Interprocess):
                    arrays.add("<>" + key(target.name))
            dynamic |= _call_writes(node, names)
            if not throws and key(node.name) == "throw":
                throws = 1
    fdef.throws = throws
    for target in targets:  # once every declaration is known (the last one wins, as in _declared_types)
        dynamic |= _target(target, names, types)
    return arrays, (frozenset(names), dynamic)


def body_writes(roots, types: dict[str, str]) -> tuple[frozenset[str], bool]:
    """The property writes under `roots` (statements or an expression); `types` types the locals."""
    names: set[str] = set()
    dynamic = False
    for node in walk(roots):
        t = type(node)
        if t is n.Assign or t is n.CompoundAssign or t is n.AssignExpr:
            dynamic |= _target(node.target, names, types)
        elif t is n.For or t is n.ForEach:
            dynamic |= _target(node.var, names, types)
        elif t is n.Call:
            dynamic |= _call_writes(node, names)
    return frozenset(names), dynamic


def _call_writes(node: n.Call, names: set[str]) -> bool:
    """Record the names a command call writes (OB SET...); True if it can write any name."""
    lowered = key(node.name)
    dynamic = lowered in _DYNAMIC_COMMANDS
    positions = _NAMED_SETTERS.get(lowered)
    if positions is not None:
        at = range(2, len(node.args) + 1, 2) if positions == "even" else positions
        for i in at:
            if i > len(node.args):
                continue
            arg = node.args[i - 1]
            if isinstance(arg, n.Literal) and arg.kind == "text":
                names.add(arg.value)
            else:
                dynamic = True
    return dynamic


def _target(x: n.Expr, names: set[str], types: dict[str, str]) -> bool:
    """Record the names an assignment to `x` can write; True if it can write any name."""
    dynamic = False
    while True:
        t = type(x)
        if t is n.Member:
            names.add(x.name)
            x = x.obj
        elif t is n.Index:
            k = x.key
            if isinstance(k, n.Literal) and k.kind == "text":
                names.add(k.value)
            elif not _number(k, types):
                dynamic = True
            x = x.obj
        elif t is n.CharRef or t is n.ArrayElem:
            x = x.obj
        else:
            return dynamic


def _number(e: n.Expr, types: dict[str, str]) -> bool:
    """Is `e` certainly a number (or an error), never a text that could name a property?"""
    t = type(e)
    if t is n.Literal:
        return e.kind == "number"
    if t is n.Local:
        return types.get(e.name.lower()) in _NUMBER_TYPES
    if t is n.Unary:
        return e.op == "-"  # -x is a number, a time or an error (+x is x)
    if t is n.Binary:
        if e.op not in _TEXT_OPS:
            return True
        if e.op in ("+", "*"):
            return _number(e.left, types) and _number(e.right, types)
    return False


def _declared_types(fdef: n.FunctionDef) -> dict[str, str]:
    """Declared types of a function's locals: parameters, `var`, C_XXX (the last one wins)."""
    types: dict[str, str] = {}
    for p in fdef.params:
        t = type_of_ref(p.type)
        if t is not None:
            types[p.name.lower()] = t
    for node in walk(fdef.body):
        if type(node) is n.VarDecl and node.type is not None:
            t = type_of_ref(node.type)
            for target in node.names:
                if isinstance(target, n.Local) and t is not None:
                    types[target.name.lower()] = t
        elif type(node) is n.Call:
            legacy = LEGACY_DECLARATIONS.get(node.name.lower())
            if legacy is not None:
                for arg in node.args:
                    if isinstance(arg, n.Local):
                        types[arg.name.lower()] = legacy
    return types
