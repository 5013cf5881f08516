"""Python AST builders for a check: pyast's functions, making only what a check looks at.

Stage: code generation helpers, for `run4d --check` and editors (checkgen.py binds the code
generator to this module instead of pyast). A check that keeps nothing never compiles the
code it generates (Program._compile_with): it reads the diagnostics, the deepest nesting of
expressions (counted by the generator itself) and the nesting of Python blocks
(pycompile.block_depth, which visits statements only). So compound statements (if, try,
loops, functions) are built as pyast builds them, a simple statement is one shared
placeholder, and so is an expression, except the few the generator inspects after making
them:

- a name (`this`, and the `C_...` function of a command call),
- a call of a command function without arguments and its `member4d` reader (`ds.Employee`:
  codegen_expr._member_reader and _reads_member),

which are real nodes. Nothing here is ever compiled or printed: the code is generated again
with pyast when it has to be (a deep nesting, a disk cache, RUN4D_DUMP).
"""

from __future__ import annotations

import ast
from typing import Any

from interpreter.compiler.pyast import (  # noqa: F401  (compound statements and positions as pyast makes them)
    LOAD,
    STORE,
    at,
    func_def,
    if_,
    try_finally,
)

_Name, _Call, _Attribute, _Try, _Handler = ast.Name, ast.Call, ast.Attribute, ast.Try, ast.ExceptHandler
EXPR = ast.Constant(None)  # the placeholder of every expression nobody inspects
# The placeholder of every simple statement (an assignment, an expression): block_depth
# needs to know only that it holds no block.
STMT = ast.Pass()
_PASS = [STMT]
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


def assign(target: str | ast.expr, value: ast.expr) -> ast.stmt:
    return STMT


def expr_stmt(value: ast.expr) -> ast.stmt:
    return STMT


def try_except(body: list[ast.stmt], exc: str, name: str, handler: list[ast.stmt],
               final: list[ast.stmt] | None = None) -> ast.Try:
    # As pyast's, without the exception's name (an expression).
    return _Try(body or _PASS, [_Handler(None, name, handler or _PASS)], [], final or [])


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
