"""Callbacks: calling a Formula or a project method name given as a parameter.

Stage: runtime. Collection functions (map, filter, sort...) and others take
either a 4D.Function or a method name. With a Formula the callback's value
is its result; with a method name the method returns it or sets $1.result.
"""

from __future__ import annotations

from runtime import hooks
from runtime.codes import err, type_name
from runtime.functions import Function4D
from runtime.values import UNDEF, Obj


def check(callback, who: str) -> None:
    if type(callback) is Function4D:
        return
    if type(callback) is str and hooks.method_exists(callback):
        return
    if type(callback) is str:
        raise err("project_method", name=callback)
    raise err("bad_param_type", index=1, callee=who,
              detail=f"a Formula or a method name expected, got {type_name(callback)}")


def call(callback, param: Obj, extra: tuple = ()):
    """Run the callback with $1 = param; return its result (or param.result)."""
    if type(callback) is Function4D:
        value = callback.py(None, param, *extra)
        if value is UNDEF and "result" in param:
            return dict.__getitem__(param, "result")
        return value
    value = hooks.call_method(callback, (param, *extra))
    if value is not UNDEF:
        return value  # a method declaring a result returns it
    return dict.get(param, "result", UNDEF)


def stopped(param: Obj) -> bool:
    """$1.stop:=True asks the calling function to stop iterating."""
    return dict.get(param, "stop", False) is True
