"""Running code named at run time: EXECUTE METHOD, EXECUTE FORMULA.

Stage: stdlib. Project methods are reached through runtime/hooks.py
(call_method, method_exists, compile_formula), never through the interpreter.
"""

from __future__ import annotations

from runtime import hooks
from runtime.codes import err
from runtime.process import current
from runtime.registry import command
from runtime.values import STAR, UNDEF, Pointer
from stdlib_4d import args


def _set_ok(ok: bool) -> None:
    current().vars["ok"] = 1.0 if ok else 0.0


@command("EXECUTE METHOD", outputs=(2,))
def execute_method(method_name, result=UNDEF, *params):
    """EXECUTE METHOD(methodName{; result | *}{; param...}): run a project method named at run time.

    `result` receives the method's result ($0 or its #DECLARE result); `*` says it returns none.
    OK is 1 when the method could be called (set before it runs, so what the method itself puts in
    OK is kept), 0 when no project method has that name (error -10508).
    """
    name = args.text(method_name, "EXECUTE METHOD", 1)
    if not hooks.method_exists(name):
        _set_ok(False)
        raise err("project_method", name=name)
    _set_ok(True)
    value = hooks.call_method(name, tuple(params))
    if result is UNDEF or result is STAR:
        return
    if type(result) is not Pointer:
        raise err("bad_param_type", index=2, callee="EXECUTE METHOD",
                  detail="a variable (or *) was expected to receive the result")
    result.set(value)


@command("EXECUTE FORMULA")
def execute_formula(statement):
    """EXECUTE FORMULA(statement): run one line of 4D code (a call, a command or an assignment).

    An empty statement does nothing. Tokens (`Current time:C178`) are read as in a method; local
    variables are not shared with the caller (error -10737), as in compiled 4D.
    """
    text = args.text(statement, "EXECUTE FORMULA", 1)
    if not text.strip():
        return
    hooks.compile_formula(text).call(None)
