"""Error handling at run time: ON ERR CALL, Try, and what happens otherwise.

Stage: runtime. Compiled code wraps each statement in try/except and calls
`on_error(e, fi)` when something escapes. The first call decides the fate of
the error: inside a Try it unwinds to the Try; with an ON ERR CALL handler
the handler runs and execution resumes at the next statement; otherwise it
unwinds the whole process and is reported. Later calls (outer frames) only
add themselves to the 4D call chain.
"""

from __future__ import annotations

from runtime import hooks
from runtime.codes import err
from runtime.errors import AbortSignal, Error4D, QuitSignal
from runtime.process import Process, components_handler, current, global_handler
from runtime.values import UNDEF, Coll, Obj


class FuncInfo:
    """What compiled code knows about itself, for error reports."""

    __slots__ = ("name", "path", "lines", "kind")

    def __init__(self, name: str, path: str, lines: list[str], kind: str = "method") -> None:
        self.name = name  # "myMethod", "myClass.fn", "Formula"
        self.path = path
        self.lines = lines  # the source file's lines (Error formula)
        self.kind = kind

    def source_line(self, line: int) -> str:
        if 1 <= line <= len(self.lines):
            return self.lines[line - 1].strip()
        return ""


def convert(e: BaseException) -> Error4D:
    """A Python exception escaping from the runtime, as a 4D error."""
    if isinstance(e, Error4D):
        return e
    if isinstance(e, RecursionError):
        return err("stack_overflow")
    if isinstance(e, OverflowError):  # Python's own wording ("int too large to convert...") is not 4D's
        return err("overflow", detail="a number is too large for this operation")
    if isinstance(e, MemoryError):
        return err("out_of_memory", detail="the operation needs more memory than the machine has")
    if isinstance(e, (TypeError, ValueError)):
        return err("type_mismatch", detail=str(e))
    if isinstance(e, ZeroDivisionError):
        return err("division_by_zero")
    internal = err("internal", detail=f"{type(e).__name__}: {e}")
    internal.__cause__ = e
    return internal


def _line_of(e: BaseException) -> int:
    tb = e.__traceback__
    return tb.tb_lineno if tb is not None else 0


def on_error(e: BaseException, fi: FuncInfo) -> None:
    """Called by compiled code when a statement fails. Returns to resume."""
    error = convert(e)
    line = _line_of(e)
    error.locate(fi.name, fi.path, line)
    mode = getattr(error, "mode", None)
    if mode is not None:
        raise error  # already decided by an inner frame: keep unwinding
    proc = current()
    if proc.try_depth > 0:
        handler = proc.error_handler
        if not handler or handler == proc.try_handlers[-1] or proc.in_handler:
            error.mode = "try"
            raise error
    else:
        handler = proc.error_handler or global_handler()["handler"]
        if not handler and proc.component is not None and components_handler()["handler"] and not proc.in_handler:
            # An error a component does not handle: the host's ek errors from components handler.
            from runtime.components import run_as

            error.mode = "handled"
            run_as(None, run_handler, proc, components_handler()["handler"], error, fi, line)
            return
    if handler and not proc.in_handler:
        error.mode = "handled"
        run_handler(proc, handler, error, fi, line)
        return  # execution resumes after the failing statement
    error.mode = "abort"
    raise error


def run_handler(proc: Process, handler: str, error: Error4D, fi: FuncInfo, line: int) -> None:
    proc.vars["error"] = float(error.code)
    proc.vars["error method"] = fi.name
    proc.vars["error line"] = float(line)
    proc.vars["error formula"] = fi.source_line(line)
    proc.last_errors = list(error.stack)
    proc.in_handler = True
    try:
        hooks.call_method(handler, ())
    except Error4D as inner:
        # An error inside the handler goes to 4D: it is not handled again.
        inner.mode = "abort"
        raise
    finally:
        proc.in_handler = False


# ---------------------------------------------------------------- Try


def try_enter(proc: Process) -> None:
    proc.try_depth += 1
    proc.try_handlers.append(proc.error_handler)
    proc.last_errors = None


def try_leave(proc: Process) -> None:
    proc.try_depth -= 1
    proc.try_handlers.pop()


def try_caught(proc: Process, e: BaseException, fi: FuncInfo) -> None:
    """The Try block failed: remember the errors for Last errors (Catch)."""
    error = convert(e)
    if getattr(error, "mode", None) is None:
        error.locate(fi.name, fi.path, _line_of(e))
    proc.last_errors = list(error.stack)


def try_expr(thunk, fi: FuncInfo):
    """Try(expression): the value, or undefined when an error occurred."""
    proc = current()
    try_enter(proc)
    try:
        return thunk()
    except Exception as e:
        try_caught(proc, e, fi)
        return UNDEF
    finally:
        try_leave(proc)


def last_errors_value(proc: Process):
    """Last errors: a collection of {errCode; message; componentSignature} or Null."""
    if not proc.last_errors:
        return None
    out = Coll()
    for item in proc.last_errors:
        o = Obj()
        dict.__setitem__(o, "errCode", float(item.code))
        dict.__setitem__(o, "message", item.message)
        dict.__setitem__(o, "componentSignature", item.component)
        for k, v in item.extra.items():
            if k not in o:
                dict.__setitem__(o, k, v)
        out.append(o)
    return out


# ---------------------------------------------------------------- deferred errors


def defer(error: Error4D) -> None:
    """throw({...; deferred: True}): raise it when the current method returns (or Try ends)."""
    current().deferred.append(error)


def deferred_mark() -> int:
    return len(current().deferred)


def raise_deferred(mark: int) -> None:
    """Raise the errors deferred since `mark` (together, as one error stack)."""
    import sys

    proc = current()
    if len(proc.deferred) <= mark or sys.exc_info()[0] is not None:
        return
    errors = proc.deferred[mark:]
    del proc.deferred[mark:]
    first = errors[0]
    combined = Error4D(first.code, first.message, first.component)
    combined.stack = [item for e in errors for item in e.stack]
    raise combined


def is_signal(e: BaseException) -> bool:
    return isinstance(e, (AbortSignal, QuitSignal))
