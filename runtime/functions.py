"""4D.Function: formulas, class functions and bound native functions.

Stage: runtime data model. A Function4D wraps a Python callable whose first
argument is `This`; compiled code calls `fn.py(this, *args)` directly.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from runtime import hooks
from runtime.native import CHANGES, Native
from runtime.values import Coll


class Function4D(Native):
    """A 4D.Function object."""

    __slots__ = ("py", "name", "source", "kind", "owner", "fields", "fast", "quick", "modifiers", "result_type")
    class_path = "4D.Function"
    enumerable = False
    # Immutable once made: shareable, so shared objects may hold formulas (components do so).
    shared4d = True

    def __init__(
        self,
        py: Callable[..., Any],
        name: str = "",
        source: str = "",
        kind: str = "formula",
        owner: Any = None,
    ) -> None:
        self.py = py  # py(this, *args)
        self.name = name
        self.source = source
        self.kind = kind  # "formula" | "function" | "get" | "set" | "constructor" | "native"
        self.owner = owner  # the Class4D of a class function
        # A formula that only reads properties of $1 (codegen.formula_fields): their names, and
        # fast(*values) computing it from them (no $1 object to build; it sets no $1.result/stop).
        self.fields: tuple[str, ...] | None = None
        self.fast: Callable[..., Any] | None = None
        # A class function's declaration: its modifiers ("exposed", "shared"...) and declared result
        # type as written ("Boolean", "cs.CompanyEntity"; "" when none), for ORDA's computed attributes.
        self.modifiers: tuple[str, ...] = ()
        self.result_type = ""
        self.quick: tuple[int, bool] | None = None  # (generation, is_quick()): see is_quick

    def wait_reason(self) -> str | None:
        """None when the compiler proved this function cannot wait and is short, else why not."""
        return hooks.wait_reason(self)

    def call(self, this=None, *args):
        return self.py(this, *args)

    def apply(self, this=None, params=None):
        args = tuple(params) if isinstance(params, Coll) else ()
        return self.py(this, *args)

    def __repr__(self) -> str:
        if self.kind == "formula":
            return f"[object Formula({self.source})]"
        return f"[object Function {self.name}]"


def is_quick(fn: Function4D) -> bool:
    """Can `fn` run on the event loop thread (scheduler.run_inline)? The compiler's answer
    (interpreter/compiler/waits.py), kept on the function until the program changes."""
    q = fn.quick
    if q is None or q[0] != CHANGES[0]:
        q = fn.quick = (CHANGES[0], hooks.wait_reason(fn) is None)
    return q[1]


def code_changed() -> None:
    """Units or built-in modules were loaded: every is_quick() answer is computed again."""
    CHANGES[0] += 1


def _call(fn: Function4D, this=None, *args):
    return fn.py(this, *args)


def _apply(fn: Function4D, this=None, params=None):
    return fn.apply(this, params)


Function4D.props4d = {
    "source": lambda f: f.source,
    "name": lambda f: f.name,
}
Function4D.funcs4d = {"call": _call, "apply": _apply}


def bound_native(obj: Native, name: str, fn: Callable[..., Any]) -> Function4D:
    """A native member function read as a value ($ws.send without parentheses)."""

    def py(this, *args):
        return fn(obj if this is None else this, *args)

    return Function4D(py, name=name, kind="native")
