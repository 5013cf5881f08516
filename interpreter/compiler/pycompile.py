"""Python's compile() of generated code, and when `run4d --check` may skip it.

Stage: code generation, last step. Python's compiler is the last guard of
two limits the code generator keeps within anyway (runtime/limits.py): at
most 20 blocks (loops, try, with) nested in one function, and nesting only
as deep as the recursion limit allows. Its errors become 4D compile errors.
A check (nothing runs) needs compile() only where those limits could be
reached, so `may_skip` tells when its result cannot be an error.
"""

from __future__ import annotations

import ast

from runtime.errors import CompileError, CompileErrors

# A check skips compile() below these (far from Python's limits: 20 nested blocks, an AST
# nesting of 3 × the recursion limit (20,000 in run4d), each 4D level making a few Python levels).
SAFE_BLOCKS = 12
SAFE_DEPTH = 200

_SCOPES = frozenset((ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef))
_LOOPS = frozenset((ast.For, ast.AsyncFor, ast.While, ast.With, ast.AsyncWith))
_SIMPLE = frozenset((ast.Assign, ast.AugAssign, ast.AnnAssign, ast.Expr, ast.Return, ast.Pass, ast.Break,
                     ast.Continue, ast.Raise, ast.Delete, ast.Global, ast.Nonlocal, ast.Import,
                     ast.ImportFrom, ast.Assert))


def python_compile(module, path: str, lines: list[str]):
    """Python's compile() of generated code; its limits become 4D compile errors.

    The code generator keeps within them (limits.NESTING); this is the last guard: Python
    allows 20 loops and try blocks inside one another, and nesting only as deep as the
    recursion limit.
    """
    try:
        return compile(module, path, "exec")
    except SyntaxError as e:
        line = e.lineno or 0
        src = lines[line - 1] if 0 < line <= len(lines) else ""
        message = e.msg
        if "nested blocks" in message:
            message = ("too many nested blocks: at most about 18 loops, Use or Try blocks "
                       "(Try counts twice) can be nested inside one another")
        raise CompileErrors([CompileError(message, path, line, 1, src, kind="error")]) from None
    except RecursionError:
        from interpreter.compiler.codegen import nesting_message

        raise CompileErrors([CompileError(nesting_message(RecursionError()), path, 1, 1,
                                          lines[0] if lines else "", kind="error")]) from None


def block_depth(module: ast.Module) -> int:
    """The deepest nesting of Python blocks in `module`, counted generously.

    CPython counts a loop, with or try body as one block and an except handler
    or a finally body as up to two; this counts handlers and finally bodies as
    three, so the result is never below CPython's own count. Only statements
    are visited (expressions hold no blocks), a list of them at a time.
    """
    deepest = 0
    stack = [(module.body, 0)]
    pop, push = stack.pop, stack.append
    simple, loops, scopes, If, Try = _SIMPLE, _LOOPS, _SCOPES, ast.If, ast.Try
    while stack:
        stmts, depth = pop()
        for s in stmts:
            t = type(s)
            if t in simple:
                if depth > deepest:
                    deepest = depth
            elif t is If:
                push((s.body, depth))
                push((s.orelse, depth))
            elif t is Try:
                push((s.body, depth + 1))
                for h in s.handlers:
                    push((h.body, depth + 3))
                push((s.orelse, depth + 1))
                push((s.finalbody, depth + 3))
            elif t in loops:
                push((s.body, depth + 1))
                push((getattr(s, "orelse", ()), depth))
            elif t in scopes:
                push((s.body, 0))  # a function is compiled with a block stack of its own
            else:
                return SAFE_BLOCKS + 1  # a statement kind not listed here (match, try*): never skip
    return deepest


def may_skip(module: ast.Module, max_depth: int) -> bool:
    """Can Python's compile() of this generated code not fail (a check may skip it)?"""
    return max_depth <= SAFE_DEPTH and block_depth(module) <= SAFE_BLOCKS
