"""The code generator of a check: Compiler's own code, building nodes with check_nodes.

Stage: code generation, for a check that keeps nothing (Program._compile_unit). Making the
Python expression nodes of a unit is about a third of generating its code, and a check that
never compiles the result looks at none of them (check_nodes.py says what it does look at).
Rather than a second generator to keep in step with the first, this one *is* the first:
every function of the code generator's modules is rebound, once, to a copy of its module's
globals where `P` is check_nodes instead of pyast; the same decisions are made, in the same
order, with the same diagnostics (tests/test_check_nodes.py compares them).
"""

from __future__ import annotations

import types
from functools import lru_cache

from interpreter.compiler import check_nodes, codegen, codegen_array, codegen_expr, codegen_fast, codegen_stmt, resolve

# The modules whose functions build nodes through `P` (their classes make up Compiler).
_MODULES = (codegen, codegen_expr, codegen_stmt, codegen_array, codegen_fast, resolve)


def _rebind(fn: types.FunctionType, globs: dict) -> types.FunctionType:
    out = types.FunctionType(fn.__code__, globs, fn.__name__, fn.__defaults__, fn.__closure__)
    out.__kwdefaults__ = fn.__kwdefaults__
    out.__dict__.update(fn.__dict__)
    out.__qualname__ = fn.__qualname__
    return out


@lru_cache(maxsize=1)
def check_compiler() -> type:
    """A subclass of Compiler whose methods (and the module functions they call) use check_nodes."""
    own = {id(m.__dict__): m for m in _MODULES}
    copies = {id(m.__dict__): dict(m.__dict__, P=check_nodes) for m in _MODULES}
    rebound: dict[int, object] = {}  # id(original function) -> its rebound copy

    def convert(value):
        if type(value) is types.FunctionType and id(value.__globals__) in own:
            done = rebound.get(id(value))
            if done is None:
                done = rebound[id(value)] = _rebind(value, copies[id(value.__globals__)])
            return done
        if isinstance(value, staticmethod):
            return staticmethod(convert(value.__func__))
        if isinstance(value, classmethod):
            return classmethod(convert(value.__func__))
        if isinstance(value, property):
            return property(convert(value.fget), value.fset and convert(value.fset),
                            value.fdel and convert(value.fdel), value.__doc__)
        return value

    for globs in copies.values():
        for name, value in list(globs.items()):
            globs[name] = convert(value)
    methods: dict[str, object] = {}
    for cls in reversed(codegen.Compiler.__mro__):
        if cls is object:
            continue
        for name, value in vars(cls).items():
            if name.startswith("__") and name != "__init__":
                continue
            methods[name] = convert(value)
    methods["builds_code"] = False
    return type("CheckCompiler", (codegen.Compiler,), methods)
