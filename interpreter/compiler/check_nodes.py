"""Python AST builders for a check: pyast's functions, making only what a check looks at.

Stage: code generation helpers, for `run4d --check` and editors (checkgen.py binds the code
generator to this module instead of pyast). A check that keeps nothing never compiles the
code it generates (Program._compile_with): it reads the diagnostics, the deepest nesting of
expressions (counted by the generator itself) and the nesting of Python blocks
(pycompile.block_depth, which visits statements only). So statements are built as pyast
builds them, and an expression is one shared placeholder, except the few the generator
inspects after making them:

- a name (`this`, and the `C_...` function of a command call),
- a call of a command function without arguments and its `member4d` reader (`ds.Employee`:
  codegen_expr._member_reader and _reads_member),

which are real nodes. Nothing here is ever compiled or printed: the code is generated again
with pyast when it has to be (a deep nesting, a disk cache, RUN4D_DUMP).
"""

from __future__ import annotations

import ast
from typing import Any

from interpreter.compiler.pyast import (  # noqa: F401  (statements and positions as pyast makes them)
    LOAD,
    STORE,
    assign,
    at,
    expr_stmt,
    func_def,
    if_,
    try_except,
    try_finally,
)

_Name, _Call, _Attribute = ast.Name, ast.Call, ast.Attribute
EXPR = ast.Constant(None)  # the placeholder of every expression nobody inspects
_loads: dict[str, ast.Name] = {}
_stores: dict[str, ast.Name] = {}


def load(name: str) -> ast.Name:
    node = _loads.get(name)
    if node is None:
        node = _loads[name] = _Name(name, LOAD)  # shared: never stamped, never compiled
    return node


def store(name: str) -> ast.Name:
    node = _stores.get(name)
    if node is None:
        node = _stores[name] = _Name(name, STORE)
    return node


def const(value: Any) -> ast.expr:
    return EXPR


def call(func: str | ast.expr, *args: ast.expr, starargs: ast.expr | None = None) -> ast.expr:
    if type(func) is str:
        if func[:2] != "C_":
            return EXPR
        return _Call(load(func), list(args), [])
    if type(func) is _Attribute and func.attr == "member4d":
        return _Call(func, list(args), [])
    return EXPR


def attr(value: ast.expr, name: str) -> ast.expr:
    if name == "member4d":
        return _Attribute(value, name, LOAD)
    return EXPR


def attr_store(value: ast.expr, name: str) -> ast.expr:
    return EXPR


def binop(left: ast.expr, op: str, right: ast.expr) -> ast.expr:
    return EXPR


def compare(left: ast.expr, op: str, right: ast.expr) -> ast.expr:
    return EXPR


def bool_and(*values: ast.expr) -> ast.expr:
    return EXPR


def bool_or(*values: ast.expr) -> ast.expr:
    return EXPR


def not_(value: ast.expr) -> ast.expr:
    return EXPR


def ifexp(test: ast.expr, body: ast.expr, orelse: ast.expr) -> ast.expr:
    return EXPR


def walrus(name: str, value: ast.expr) -> ast.expr:
    return EXPR


def tuple_(items: list[ast.expr]) -> ast.expr:
    return EXPR


def list_(items: list[ast.expr]) -> ast.expr:
    return EXPR
