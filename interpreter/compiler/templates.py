"""4D transformation tags: compile the 4D code of one template at run time.

Stage: assembly, reached from stdlib_4d/tags through hooks.compile_template.
A template (PROCESS 4D TAGS, a Web template page) holds pieces of 4D code:
expressions (4DTEXT, 4DIF...), statements (4DEVAL, 4DCODE) and assignable
variables (4DEACH). They share one set of local variables for the time of one
processing (documented: "A dedicated set of local variables is defined in the
execution context of PROCESS 4D TAGS"), and read the command's parameters as
$1...$n. So the pieces are compiled together into one Python function whose
locals are those 4D locals; it returns one closure per piece, and the caller
(stdlib_4d/tags/render.py) drives the template's own control flow (4DIF,
4DLOOP, 4DEACH) in Python, calling the closures. A piece that does not compile
gets None and its error, so that one bad tag does not spoil the others.
"""

from __future__ import annotations

import ast

from interpreter.compiler import nodes as n
from interpreter.compiler import pyast as P
from interpreter.compiler.codegen import Compiler, nesting_message
from interpreter.compiler.codegen_expr import TooDeep
from interpreter.compiler.parser import parse_items
from interpreter.compiler.prelude import bind_commands
from interpreter.compiler.pycompile import python_compile
from interpreter.compiler.scope import PreScan, Scope, walk
from interpreter.compiler.writes import body_writes
from runtime.codes import err
from runtime.errors import CompileErrors
from runtime.handling import FuncInfo
from runtime.registry import lookup_command

# What a piece is: "value" (one expression, the closure returns its value), "eval" (statements;
# returns the value of a single expression, else undefined), "code" (statements, returns
# nothing), "target" (one assignable expression; the closure takes the value to assign).
KINDS = ("value", "eval", "code", "target")


def _shift(items: list, by: int) -> None:
    """Give the nodes of a piece their line in the template."""
    if by:
        for node in walk(items):
            node.line += by


def _parse_piece(kind: str, source: str, line: int, path: str):
    """The piece's statements (as the function body will hold them), or raise a 4D error."""
    try:
        items = parse_items(source.strip() + "\n", path)
    except CompileErrors as e:
        raise err("bad_value", detail=f"{e.errors[0].message}") from None
    _shift(items, line - 1)
    if kind == "code" or kind == "eval":
        if not items:
            return []
        return items
    if len(items) != 1 or not isinstance(items[0], n.ExprStmt):
        what = "an expression" if kind == "value" else "a variable"
        raise err("bad_value", detail=f"{what} was expected: {source.strip()}")
    return items


def _procedure(e: n.Expr) -> bool:
    """A call to a command that returns nothing (4D writes procedures' names in capitals:
    ALERT, QUIT 4D): 4DEVAL runs it as a statement and inserts nothing."""
    if type(e) is not n.Call:
        return False
    spec = lookup_command(e.name)
    return spec is not None and spec.returns is None and spec.name.isupper()


class TemplateCompiler(Compiler):
    """The code generator with one more product: a template's closures."""

    def template(self, pieces: list[tuple[str, str, int]], pyname: str, display: str):
        """Compile `pieces` into `pyname`(this, *params) -> tuple of closures (None: failed)."""
        errors: dict[int, Exception] = {}
        parsed: dict[int, list] = {}
        for i, (kind, source, line) in enumerate(pieces):
            try:
                parsed[i] = _parse_piece(kind, source, line, self.path)
            except Exception as e:  # a 4D error: the piece's tag shows it
                errors[i] = e
        scope = Scope(display, "method")
        self.scope, self.inferred, self.pre = scope, set(), []
        self.fi_name = self.program.constant(FuncInfo(display, self.path, self.lines, "method"))
        scan: list = []
        for i, items in parsed.items():
            kind = pieces[i][0]
            if kind == "target":
                target = items[0].expr
                scan.append(n.Assign(target.line, target.col, target, n.Literal(target.line, target.col, "text", "")))
            else:
                scan.extend(items)
        bad: list[str] = []
        PreScan(scope, lambda message, node: bad.append(message), self.program.has_method).scan_body(scan)
        if bad:
            # A declaration error (a type declared twice...) spoils the shared scope: every piece.
            return None, {i: err("bad_value", detail=bad[0]) for i in range(len(pieces))}
        scope.uses_args = scope.indirect_args = True  # $1...$n and ${i}, Count parameters
        self._declare_process_vars(scope)
        self.program.note_writes(*body_writes(scan, {}))
        defs: list[ast.stmt] = []
        names: list[ast.expr] = []
        for i in range(len(pieces)):
            if i not in parsed:
                names.append(P.const(None))
                continue
            before = len(self.errors)
            try:
                fn = self._piece(pieces[i][0], parsed[i], f"_k{i}", pieces[i][2])
            except (TooDeep, RecursionError) as e:
                self.depth = 0
                if isinstance(e, TooDeep):
                    e.name_in(parsed[i])
                errors[i] = err("bad_value", detail=nesting_message(e))
                names.append(P.const(None))
                continue
            if len(self.errors) > before:
                errors[i] = err("bad_value", detail=self.errors[before].message)
                del self.errors[before:]
                names.append(P.const(None))
                continue
            defs.append(fn)
            names.append(P.load(f"_k{i}"))
        # Every local is assigned at the function's entry: the closures share them.
        shared = sorted({info.pyname for info in scope.locals.values()})
        for fn in defs:
            if shared:
                fn.body.insert(0, P.at(ast.Nonlocal(names=shared), fn.lineno))
        body = defs + [ast.Return(value=P.tuple_(names))]
        self.functions.append(self._assemble(pyname, scope, body, 1))
        return pyname, errors

    def _piece(self, kind: str, items: list, name: str, line: int) -> ast.FunctionDef:
        self.pre = []
        if kind == "value" or (kind == "eval" and len(items) == 1 and isinstance(items[0], n.ExprStmt)
                               and not _procedure(items[0].expr)):
            expr = items[0].expr
            body = self.block([n.Return(expr.line, expr.col, expr)])
            return self.at(P.func_def(name, [], body), line)
        if kind == "target":
            target = items[0].expr
            saved, self.pre = self.pre, []
            stmts = self.write_target(target, P.load("_v"), None)
            stmts = self.pre + stmts
            self.pre = saved
            body = self.guarded(stmts)
            for node in body:
                P.at(node, target.line, target.col)
            return self.at(P.func_def(name, ["_v"], body + [ast.Return(value=P.load("_UNDEF"))]), line)
        body = self.block(items) + [ast.Return(value=P.load("_UNDEF"))]
        return self.at(P.func_def(name, [], body), line)


def compile_template(program, pieces: list[tuple[str, str, int]], text: str, display: str):
    """(make, errors): make(*params) -> the closures of `pieces`; errors: {index: 4D error}.

    `text` is the template (for the source lines of error reports); each piece is
    (kind, 4D source, line of the piece in the template). Pieces of the same kind and
    source (a tag written several times) share one closure.
    """
    for kind, _source, _line in pieces:
        if kind not in KINDS:
            raise ValueError(f"unknown template piece kind {kind!r}")
    first: dict[tuple[str, str], int] = {}
    where = [first.setdefault((kind, source.strip()), len(first)) for kind, source, _line in pieces]
    unique: list = [None] * len(first)
    for i, j in enumerate(where):
        if unique[j] is None:
            unique[j] = pieces[i]
    path = f"<{display}>"
    comp = TemplateCompiler(program, path, text)
    pyname = program.fresh("_TPL")
    made, errors = comp.template(unique, pyname, display)
    errors = {i: errors[j] for i, j in enumerate(where) if j in errors}
    if made is None:
        return (lambda *params: (None,) * len(pieces)), errors
    try:
        code = python_compile(comp.module(), path, comp.lines)
    except CompileErrors as e:
        return (lambda *params: (None,) * len(pieces)), \
            {i: err("bad_value", detail=e.errors[0].message) for i in range(len(pieces))}
    bind_commands(program.G, code)
    exec(code, program.G)
    fn = program.G[pyname]
    if len(unique) == len(pieces):
        def make(*params):
            return fn(None, *params)
    else:
        def make(*params):
            closures = fn(None, *params)
            return tuple([closures[j] for j in where])

    return make, errors
