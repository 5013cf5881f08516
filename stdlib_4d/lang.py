"""Language commands: types, Form, error handling (ON ERR CALL, throw...).

Stage: stdlib. Commands the compiler handles itself (Formula, Count
parameters, This, Super, ASSERT, Current method name) are declared with
`special` so that they appear in the command list.
"""

from __future__ import annotations

from runtime import handling, hooks, support
from runtime.arrays import Array4D
from runtime.classes import register_builtin
from runtime.codes import err
from runtime.errors import AbortSignal, Error4D, ErrorItem
from runtime.functions import Function4D
from runtime.native import Native
from runtime.process import components_handler, current, global_handler
from runtime.registry import command, special
from runtime.values import UNDEF, Coll, Date4D, Obj, Picture, Pointer, Time4D
from stdlib_4d import args

for _name, _doc in {
    "Formula": "Formula(expression): a 4D.Function made from an expression (locals copied).",
    "Count parameters": "The number of parameters actually passed to the method or function.",
    "Copy parameters": "A collection of the parameters actually passed (from startFrom).",
    "Current method name": "The name of the running method (\"Class.function\" in a class).",
    "This": "The object a function or formula was called on.",
    "Super": "Super(params) calls the parent constructor; Super.f() the parent's function.",
    "ASSERT": "ASSERT(boolean{; message}): error -10518 when the assertion is False.",
    "Value type": "Value type(expression): the type code of a value (Is text, Is real...).",
    "Type": "Type(variable): the declared type code of a variable.",
    "Null": "The Null value.",
    "True": "The Boolean True.",
    "False": "The Boolean False.",
    "cs": "The user class store.",
}.items():
    special(_name, _doc)

# 4D.Function: the class of formulas and of class functions read as values
# (OB Instance of($f; 4D.Function)); formulas are made by Formula / Formula from string.
register_builtin("Function", Function4D)


def value_type(v) -> float:
    t = type(v)
    if t is str:
        return 2.0
    if t is float or t is int:
        return 1.0
    if t is bool:
        return 6.0
    if v is None:
        return 255.0
    if v is UNDEF:
        return 5.0
    if t is Date4D:
        return 4.0
    if t is Time4D:
        return 11.0
    if isinstance(v, Coll):
        return 42.0
    if isinstance(v, (Obj, Native)):
        return 38.0
    if t is Pointer:
        return 23.0
    if isinstance(v, (bytes, bytearray)):
        return 30.0
    if t is Picture:
        return 3.0
    if t is Array4D:
        return v.type_code
    return 12.0


@command("Value type", returns="real")
def value_type_cmd(expression):
    """The type of a value: Is text, Is real, Is object, Is null, Is undefined..."""
    return value_type(expression)


@command("Undefined", returns="boolean")
def undefined(expression):
    """True if the expression's value is undefined."""
    return expression is UNDEF


@command("Not", returns="boolean")
def not_(value):
    """The logical negation of a Boolean."""
    return not args.boolean(value, "Not")


@command("Form")
def form():
    """The current process's form object (run4d: one object per process)."""
    return current().form


@command("Last errors")
def last_errors():
    """The current error stack: a collection of {errCode; message; componentSignature}, or Null."""
    return handling.last_errors_value(current())


@command("GET LAST ERROR STACK", outputs=(1, 2, 3))
def get_last_error_stack(codes, components, texts):
    """GET LAST ERROR STACK(codesArray; intCompArray; textArray): the current error stack in three
    synchronized arrays (error codes, internal component codes, texts); empty when there is no error."""
    from stdlib_4d.arrays.base import out_array
    from stdlib_4d.arrays.bridge import fill

    stack = current().last_errors or []
    cmd = "GET LAST ERROR STACK"
    fill(out_array(codes, cmd, 1, "longint"), [float(item.code) for item in stack], cmd)
    fill(out_array(components, cmd, 2, "text"), [item.component for item in stack], cmd)
    fill(out_array(texts, cmd, 3, "text"), [item.message for item in stack], cmd)


@command("Command name", returns="text", outputs=(2, 3))
def command_name(number, info=UNDEF, theme=UNDEF):
    """Command name(command{; info{; theme}}): the name of the 4D command with that number.

    OK is 0 (and the name "") for a number no command has. `info` bit 0 is set when the command runs
    in any process, which in run4d is every command it implements (processes are threads); `theme`
    receives the command's theme.
    """
    from runtime import catalog, registry

    entry = catalog.by_number(args.integer(number, "Command name", 1))
    current().vars["ok"] = 0.0 if entry is None else 1.0
    if type(info) is Pointer:
        info.set(1.0 if entry is not None and registry.lookup_command(entry.name) else 0.0)
    if type(theme) is Pointer:
        theme.set("" if entry is None or entry.theme.startswith("(") else entry.theme.replace("_", " "))
    return "" if entry is None else entry.name


@command("ON ERR CALL")
def on_err_call(method, scope=UNDEF):
    """Install an error-handling project method ("" uninstalls it)."""
    name = args.text(method, "ON ERR CALL", 1)
    where = args.integer(args.optional(scope, 0), "ON ERR CALL", 2)
    proc = current()
    if proc.in_handler:
        raise err("bad_value", detail="ON ERR CALL cannot be called inside an error handler")
    if name and not hooks.method_exists(name):
        raise err("handler_method", name=name)
    if where == 1:
        global_handler()["handler"] = name
    elif where == 0:
        proc.error_handler = name
    elif where == 2 and proc.component is None:  # ek errors from components (the host's)
        components_handler()["handler"] = name


@command("Method called on error", returns="text")
def method_called_on_error(scope=UNDEF):
    """The name of the installed error handler ("" if none)."""
    where = args.integer(args.optional(scope, 0), "Method called on error", 1)
    if where == 1:
        return global_handler()["handler"]
    if where == 2:
        return components_handler()["handler"] if current().component is None else ""
    return current().error_handler if where == 0 else ""


@command("throw")
def throw(*params):
    """throw(code{; description}) or throw(errorObject): raise a 4D error."""
    if not params:
        # Re-throw the current errors, deferred (typically from an error handler).
        proc = current()
        if proc.last_errors:
            e = Error4D(proc.last_errors[0].code, proc.last_errors[0].message, proc.last_errors[0].component)
            e.stack = list(proc.last_errors)
            handling.defer(e)
        return
    first = params[0]
    if isinstance(first, Obj):
        code = first.get("errCode", -1.0)
        code = int(code) if type(code) in (float, int) else -1
        component = first.get("componentSignature", "host")
        component = component if type(component) is str else "host"
        message = first.get("message", "")
        if type(message) is not str or not message:
            message = f"Error code: {code} ({component})"
        message = _placeholders(message, first)
        extra = {k: v for k, v in first.items() if k not in ("errCode", "message", "componentSignature")}
        e = Error4D(code, message, component, extra)
        if first.get("deferred") is True:
            e.deferred = True
            handling.defer(e)
            return
        raise e
    code = args.integer(first, "throw", 1)
    message = args.text(params[1], "throw", 2) if len(params) > 1 else f"Error code: {code} (host)"
    raise Error4D(code, message, "host")


def _placeholders(message: str, obj: Obj) -> str:
    import re

    def repl(m):
        v = obj.get(m.group(1), UNDEF)
        if v is UNDEF:
            return m.group(0)
        from runtime.convert import to_text

        return to_text(v)

    return re.sub(r"\{(\w+)\}", repl, message)


@command("ABORT")
def abort():
    """Stop the current execution (meant for error handlers)."""
    raise AbortSignal()


@command("TRACE")
def trace():
    """Open the debugger: no effect in run4d."""


@command("SET ASSERT ENABLED")
def set_assert_enabled(enabled, star=UNDEF):
    """Enable or disable ASSERT (not evaluated at all when disabled)."""
    support.ASSERTS["enabled"] = args.boolean(enabled, "SET ASSERT ENABLED", 1)


@command("Get assert enabled", returns="boolean")
def get_assert_enabled():
    """True if assertions are enabled."""
    return support.ASSERTS["enabled"]


@command("Asserted", returns="boolean")
def asserted(value, message=UNDEF):
    """Like ASSERT, but returns the Boolean it tested."""
    b = args.boolean(value, "Asserted", 1)
    if not b and support.ASSERTS["enabled"]:
        raise err("assert", text=message if type(message) is str and message else "Asserted")
    return b


@command("Formula from string")
def formula_from_string(text, context=UNDEF):
    """A 4D.Function built from text (local variables are not allowed)."""
    return hooks.compile_formula(args.text(text, "Formula from string", 1))


__all__ = ["ErrorItem"]


def _empty_like(value):
    """The "null" value of a value's type (Choose with no value at the criterion's position)."""
    t = type(value)
    if t is str:
        return ""
    if t is bool:
        return False
    if t is float or t is int:
        return 0.0
    if t is Date4D:
        return Date4D.NULL
    if t is Time4D:
        return Time4D(0)
    return None


@command("Choose")
def choose(criterion, value, *values):
    """Choose(criterion; value{; value2; ...; valueN}): value if criterion is True, value2 if False;
    with a number, the value at that position counted from 0 (its type's empty value past the end)."""
    choices = (value, *values)
    if type(criterion) is bool:
        if len(choices) != 2:
            raise err("param_count", callee="Choose",
                      detail=f"a Boolean criterion expects exactly two values, got {len(choices)}")
        return choices[0] if criterion else choices[1]
    index = args.integer(criterion, "Choose", 1)
    if 0 <= index < len(choices):
        return choices[index]
    return _empty_like(value)
