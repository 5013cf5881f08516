"""Callbacks: calling a Formula or a project method name given as a parameter.

Stage: runtime. Collection functions (map, filter, sort...) take either a
4D.Function or a method name, called with $1 = an object ({value},
{value; value2} or {value; accumulator}) and the extra parameters as $2...
A Formula's own value is its result ($1.result when it has none); a
method's $1.result wins over its returned value, since a method declaring
a result type returns that type's default when it only sets $1.result.
$1.stop:=True asks the caller to stop.
"""

from __future__ import annotations

from runtime import hooks
from runtime.codes import err, type_name
from runtime.functions import Function4D
from runtime.values import UNDEF, Obj


def check(callback, callee: str, index: int) -> None:
    """A Formula or the name of an existing project method (an error otherwise)."""
    if type(callback) is Function4D:
        return
    if type(callback) is str:
        if hooks.method_exists(callback):
            return
        raise err("project_method", name=callback)
    raise err("bad_param_type", index=index, callee=callee,
              detail=f"a Formula or a method name expected, got {type_name(callback)}")


def caller(callback, extra: tuple):
    """A function param -> result running the callback with $1 = param and $2... = extra."""
    if type(callback) is Function4D:
        py = callback.py

        def call_formula(param: Obj):
            value = py(None, param, *extra)
            if value is UNDEF:
                return dict.get(param, "result", UNDEF)
            return value

        return call_formula

    def call_method(param: Obj):
        value = hooks.call_method(callback, (param, *extra))
        if "result" in param:
            return dict.__getitem__(param, "result")
        return value

    return call_method


def fields_call(callback, provided: tuple[str, ...]):
    """The callback as a function of $1's properties `provided` (values in that order), or None.

    Only for a formula whose fields form exists (codegen.formula_fields: it only reads
    properties of $1): it returns the formula's value, and sets neither $1.result nor
    $1.stop. A property it reads that the caller does not provide reads as undefined, as
    it would on $1.
    """
    if type(callback) is not Function4D or callback.fields is None:
        return None
    fast, fields = callback.fast, callback.fields
    if fields == provided:
        return fast
    pick = tuple(provided.index(f) if f in provided else -1 for f in fields)

    def call(*values):
        return fast(*[values[i] if i >= 0 else UNDEF for i in pick])

    return call


def stopped(param: Obj) -> bool:
    """$1.stop:=True asks the calling function to stop iterating."""
    return dict.get(param, "stop", False) is True
