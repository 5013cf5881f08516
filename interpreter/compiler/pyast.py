"""Small builders for Python AST nodes, so the code generator reads clearly.

Stage: code generation helpers. Positions: `at(node, line)` stamps a 4D
line number on a node and everything under it that has none, so Python's
own tracebacks and frame line numbers point at 4D source lines; it stops at
nodes already stamped, so stamping a whole function is linear.
"""

from __future__ import annotations

import ast
from typing import Any

# Contexts and operators carry no data: one instance of each serves every node (as in the
# trees Python's own parser makes). Nodes are made with positional fields (faster than keywords).
LOAD = ast.Load()
STORE = ast.Store()
_Name, _Constant, _Call, _Attribute = ast.Name, ast.Constant, ast.Call, ast.Attribute
_Assign, _Expr = ast.Assign, ast.Expr
_If, _IfExp, _Try, _Handler, _NamedExpr = ast.If, ast.IfExp, ast.Try, ast.ExceptHandler, ast.NamedExpr
_BinOp, _Compare, _BoolOp, _UnaryOp, _Pass = ast.BinOp, ast.Compare, ast.BoolOp, ast.UnaryOp, ast.Pass
_BINOPS = {"+": ast.Add(), "-": ast.Sub(), "*": ast.Mult(), "/": ast.Div(), "//": ast.FloorDiv(),
           "%": ast.Mod(), "**": ast.Pow()}
_CMPOPS = {"==": ast.Eq(), "!=": ast.NotEq(), "<": ast.Lt(), ">": ast.Gt(), "<=": ast.LtE(),
           ">=": ast.GtE(), "is": ast.Is(), "is not": ast.IsNot(), "in": ast.In(), "not in": ast.NotIn()}
_AND, _OR, _NOT = ast.And(), ast.Or(), ast.Not()


def load(name: str) -> ast.Name:
    return _Name(name, LOAD)


def store(name: str) -> ast.Name:
    return _Name(name, STORE)


def const(value: Any) -> ast.Constant:
    return _Constant(value)


def call(func: str | ast.expr, *args: ast.expr, starargs: ast.expr | None = None) -> ast.Call:
    fn = _Name(func, LOAD) if type(func) is str else func
    arglist = list(args)
    if starargs is not None:
        arglist.append(ast.Starred(starargs, LOAD))
    return _Call(fn, arglist, [])


def attr(value: ast.expr, name: str) -> ast.Attribute:
    return _Attribute(value, name, LOAD)


def attr_store(value: ast.expr, name: str) -> ast.Attribute:
    return _Attribute(value, name, STORE)


def assign(target: str | ast.expr, value: ast.expr) -> ast.Assign:
    tgt = _Name(target, STORE) if type(target) is str else target
    return _Assign([tgt], value)


def expr_stmt(value: ast.expr) -> ast.Expr:
    return _Expr(value)


def binop(left: ast.expr, op: str, right: ast.expr) -> ast.BinOp:
    return _BinOp(left, _BINOPS[op], right)


def compare(left: ast.expr, op: str, right: ast.expr) -> ast.Compare:
    return _Compare(left, [_CMPOPS[op]], [right])


def bool_and(*values: ast.expr) -> ast.BoolOp:
    return _BoolOp(_AND, list(values))


def bool_or(*values: ast.expr) -> ast.BoolOp:
    return _BoolOp(_OR, list(values))


def not_(value: ast.expr) -> ast.UnaryOp:
    return _UnaryOp(_NOT, value)


def if_(test: ast.expr, body: list[ast.stmt], orelse: list[ast.stmt] | None = None) -> ast.If:
    return _If(test, body or [_Pass()], orelse or [])


def ifexp(test: ast.expr, body: ast.expr, orelse: ast.expr) -> ast.IfExp:
    return _IfExp(test, body, orelse)


def walrus(name: str, value: ast.expr) -> ast.NamedExpr:
    return _NamedExpr(_Name(name, STORE), value)


def try_except(body: list[ast.stmt], exc: str, name: str, handler: list[ast.stmt],
               final: list[ast.stmt] | None = None) -> ast.Try:
    return _Try(body or [_Pass()], [_Handler(_Name(exc, LOAD), name, handler or [_Pass()])], [], final or [])


def try_finally(body: list[ast.stmt], final: list[ast.stmt]) -> ast.Try:
    return _Try(body or [_Pass()], [], [], final)


def tuple_(items: list[ast.expr]) -> ast.Tuple:
    return ast.Tuple(elts=items, ctx=ast.Load())


def list_(items: list[ast.expr]) -> ast.List:
    return ast.List(elts=items, ctx=ast.Load())


def func_def(name: str, params: list[str], body: list[ast.stmt], defaults: list[ast.expr] | None = None,
             vararg: str | None = None) -> ast.FunctionDef:
    args = ast.arguments(
        posonlyargs=[],
        args=[ast.arg(arg=p) for p in params],
        vararg=ast.arg(arg=vararg) if vararg else None,
        kwonlyargs=[],
        kw_defaults=[],
        kwarg=None,
        defaults=defaults or [],
    )
    node = ast.FunctionDef(name=name, args=args, body=body or [ast.Pass()], decorator_list=[],
                           returns=None)
    if "type_params" in ast.FunctionDef._fields:
        node.type_params = []
    return node


_POSITIONED = (ast.stmt, ast.expr, ast.excepthandler, ast.arg)
# Fields that never hold nodes needing a position (contexts, operators, names, constants' values).
_LEAF_FIELDS = {"ctx", "op", "ops", "id", "attr", "kind", "type_comment", "names", "level", "module",
                "conversion", "is_async", "simple", "arg"}
_SHAPES: dict[type, tuple[bool, tuple[str, ...]]] = {}


def _shape(cls: type) -> tuple[bool, tuple[str, ...]]:
    """(does the class carry a position, the fields that may hold child nodes)."""
    fields = () if cls is ast.Constant else tuple(f for f in cls._fields if f not in _LEAF_FIELDS)
    shape = _SHAPES[cls] = (issubclass(cls, _POSITIONED), fields)
    return shape


def at(node: ast.AST, line: int, col: int = 0) -> Any:
    """Give `node` and its descendants without a position the 4D line `line`.

    Linear: code is generated bottom-up and every call stamps a whole subtree, so a node
    that already has a position has one everywhere below it and is not walked again.
    """
    stack = [node]
    pop, push, extend, shapes = stack.pop, stack.append, stack.extend, _SHAPES
    while stack:
        x = pop()
        shape = shapes.get(type(x))
        if shape is None:
            if not isinstance(x, ast.AST):
                continue  # a name in Global/Nonlocal, a constant in a list
            shape = _shape(type(x))
        if shape[0]:
            d = x.__dict__
            if d.get("lineno") is not None:
                continue
            d["lineno"] = d["end_lineno"] = line
            d["col_offset"] = d["end_col_offset"] = col
        for field in shape[1]:
            v = getattr(x, field, None)
            if type(v) is list:
                extend(v)
            elif v is not None:
                push(v)
    return node
