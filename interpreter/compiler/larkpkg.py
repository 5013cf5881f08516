"""Lark, loaded by the pieces the compiler uses, and without the third-party `regex` module.

Stage: the parser's start-up (every module of the compiler reaches Lark through here).
`import lark` runs the package's __init__, which imports the whole library: its grammar
loader, the Earley parsers, the cache helpers (about 10 ms at every start of a check). The
fast path (fastparse.py, fastcache.py) needs only the token, tree, visitor, grammar and
callback-builder modules, and Lark's parser only when Lark's own route runs (a syntax
error). So the package is registered without running its __init__ and its submodules
import as usual; the first name asked of the package itself (`from lark import Lark`,
`lark.__version__`, by any code) runs the __init__ then (a module __getattr__, PEP 562),
so code that imports `lark` whole gets what it always got.

Lark imports `regex`, when installed, only for Unicode categories (\\p{...}) in terminals,
which grammar/4d.lark has none of: it is hidden while Lark's modules load (stdlib_4d/regex.py
imports it when Match regex is used).
"""

from __future__ import annotations

import importlib.util
import sys
from contextlib import contextmanager


@contextmanager
def _without_regex():
    if "regex" in sys.modules:
        yield
        return
    sys.modules["regex"] = None  # `import regex` raises ImportError while Lark loads
    try:
        yield
    finally:
        del sys.modules["regex"]


def _register_package() -> None:
    """Put Lark's package in sys.modules without running its __init__ (see the module's doc)."""
    if "lark" in sys.modules:
        return
    spec = importlib.util.find_spec("lark")
    if spec is None or spec.loader is None or spec.submodule_search_locations is None:
        return  # not installed as a package: the usual import says what is wrong
    package = importlib.util.module_from_spec(spec)
    running: list[bool] = []

    def __getattr__(name: str):  # noqa: N807  (the module __getattr__ of PEP 562)
        if running:
            raise AttributeError(f"module 'lark' has no attribute {name!r}")
        running.append(True)
        del package.__dict__["__getattr__"]
        with _without_regex():
            spec.loader.exec_module(package)
        return getattr(package, name)

    package.__getattr__ = __getattr__
    sys.modules["lark"] = package


with _without_regex():
    _register_package()
    # (`import lark.x as x`, not `from lark import x`: the latter asks the package for x first)
    import lark.parse_tree_builder as parse_tree_builder  # noqa: E402
    import lark.visitors as visitors  # noqa: E402
    from lark.exceptions import (  # noqa: E402, F401  (re-exported)
        UnexpectedCharacters,
        UnexpectedEOF,
        UnexpectedInput,
        UnexpectedToken,
    )
    from lark.lexer import Token  # noqa: E402, F401  (re-exported)
    from lark.tree import Tree  # noqa: E402, F401  (re-exported)

Transformer = visitors.Transformer
ChildFilterLALR_NoPlaceholders = parse_tree_builder.ChildFilterLALR_NoPlaceholders
ExpandSingleChild = parse_tree_builder.ExpandSingleChild
ParseTreeBuilder = parse_tree_builder.ParseTreeBuilder


def lark_class():
    """Lark's parser class (its grammar loader and the rest of the library load now)."""
    with _without_regex():
        from lark.lark import Lark
    return Lark


def version() -> str:
    """Lark's version, read without running the package's __init__ (its first lines say it)."""
    spec = sys.modules["lark"].__spec__
    with open(spec.origin, encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("__version__"):
                return line.split("=", 1)[1].strip().split("#")[0].strip().strip("\"'")
    return ""
