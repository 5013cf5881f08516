"""Native objects: the protocol of 4D objects implemented in Python.

Stage: runtime data model. Built-in class instances (4D.Function, 4D.Class,
4D.Signal, 4D.WebSocket...) derive from `Native`. Member access in
access.py reaches them only through the four methods below, so a new
built-in class is one module defining properties and functions.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from runtime.codes import err
from runtime.values import UNDEF

# Bumped when a built-in class is defined (a module loads) or the program's code changes: what
# was decided from the member functions known then (runtime.functions.is_quick) is decided again.
CHANGES = [0]


class Native:
    """Base of every built-in 4D object implemented in Python.

    Subclasses list their 4D properties in `props4d` (name -> getter taking
    the instance) and their functions in `funcs4d` (name -> Python callable
    taking the instance then the 4D arguments). Writable properties go in
    `setters4d`. `class_path` is the 4D class name ("4D.Signal").
    """

    __slots__ = ()
    class_path = "4D.Object"
    props4d: dict[str, Callable[[Any], Any]] = {}
    setters4d: dict[str, Callable[[Any, Any], None]] = {}
    funcs4d: dict[str, Callable[..., Any]] = {}
    enumerable = True  # do props4d show in JSON Stringify / OB Keys?
    # True when an overridden call4d(name, args) still calls funcs4d[name](self, *args) first
    # whenever funcs4d has name: compiled calls then go straight to the function (access.meth).
    funcs4d_first = False

    def __init_subclass__(cls, **kwargs) -> None:
        super().__init_subclass__(**kwargs)
        CHANGES[0] += 1

    @property
    def class_name(self) -> str:
        return self.class_path.split(".")[-1]

    def get4d(self, name: str):
        getter = self.props4d.get(name)
        if getter is not None:
            return getter(self)
        fn = self.funcs4d.get(name)
        if fn is not None:
            from runtime.functions import bound_native

            return bound_native(self, name, fn)
        return self.extra_get(name)

    def extra_get(self, name: str):
        """Properties beyond props4d (custom ones on a signal, say)."""
        return UNDEF

    def set4d(self, name: str, value) -> None:
        setter = self.setters4d.get(name)
        if setter is not None:
            setter(self, value)
            return
        if name in self.props4d or name in self.funcs4d:
            raise err("read_only", name=name)
        self.extra_set(name, value)

    def extra_set(self, name: str, value) -> None:
        raise err("read_only", name=name)

    def call4d(self, name: str, args: tuple):
        fn = self.funcs4d.get(name)
        if fn is None:
            value = self.get4d(name)
            from runtime.functions import Function4D

            if type(value) is Function4D:
                return value.py(self, *args)
            raise err("not_a_function", name=name)
        return fn(self, *args)

    def keys4d(self) -> list[str]:
        """Enumerable property names (JSON Stringify, OB Keys, For each)."""
        return list(self.props4d) if self.enumerable else []
