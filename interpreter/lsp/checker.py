"""Checking: the compiler's errors for one file, recomputed statement by statement.

Stage: editor support, on top of the compiler. The compiler proper (the
Compiler of codegen.py, as checkgen.py runs it for a check, against a Program
holding every method and class of the workspace) finds the errors; nothing
here decides what is an error. Two things make it fit for keystrokes: the Program only declares (nothing is
compiled into it or run), and the code generator is skipped for a top-level
statement whose nodes are unchanged since the last check (incremental.py
keeps them) when its function's declarations and the workspace's names are
the same: its errors from last time are reused, moved to its new line.
Such a statement is not even shown to the compiler: the function it gets
holds the changed statements and those that shape the function's scope
(declarations, $1...$n, Count parameters), so that its pre-scan of the
function costs what changed, not the whole file. When the scope turns out
to differ from last time, the whole function is compiled again.
"""

from __future__ import annotations

import ast

from interpreter.compiler import nodes as n
from interpreter.compiler.checkgen import check_compiler
from interpreter.compiler.program import MethodEntry, Program
from interpreter.compiler.scope import LEGACY_DECLARATIONS
from interpreter.compiler.units import make_unit
from interpreter.lsp.incremental import ParsedFile, all_nodes
from runtime.classes import OBJECT_CLASS, Class4D
from runtime.errors import CompileError
from runtime.registry import key, py_ident


class Cancelled(Exception):
    """A newer version of the file arrived: this check is abandoned."""


class CheckProgram(Program):
    """The workspace's names, for the compiler to check against; nothing runs in it."""

    def __init__(self) -> None:
        super().__init__()
        self.epoch = 0  # changes whenever a method or class is declared or removed

    def constant(self, value) -> str:
        return "_K_check"  # checked code is never executed: keep no values

    def declare_method(self, name: str, path: str, header: n.FunctionDef | None) -> None:
        from interpreter.compiler import names

        if " " in name:
            names.add(name)
        self.methods[key(name)] = MethodEntry(name, path, "M_" + py_ident(name), header)
        self.epoch += 1

    def declare_class(self, name: str) -> None:
        if name not in self.cs.classes:
            self.cs.classes[name] = Class4D(name, "cs", OBJECT_CLASS)
        self.epoch += 1

    def forget(self, name: str, is_class: bool) -> None:
        if is_class:
            self.cs.classes.pop(name, None)
        else:
            self.methods.pop(key(name), None)
        self.epoch += 1


def header_of(fdef: n.FunctionDef) -> n.FunctionDef:
    """A function's signature without its body (what other files see of it)."""
    return n.FunctionDef(fdef.line, fdef.col, fdef.kind, fdef.name, fdef.params, fdef.result, [],
                         fdef.modifiers, fdef.end_line, fdef.display)


def make_file_unit(parsed: ParsedFile, name: str) -> n.Unit:
    """The unit (method or class) of a parsed file; function headers are copied, since
    grouping a class appends statements to them and the parsed nodes are kept."""
    items = [header_of(i) if isinstance(i, n.FunctionDef) else i for i in parsed.items]
    unit = make_unit(items, parsed.path, name, parsed.text.split("\n"))
    unit.source = parsed.text
    return unit


class StatementCache:
    """Errors of the top-level statements of one file at its last check."""

    def __init__(self) -> None:
        self.entries: dict[int, tuple[n.Node, tuple, int, list[CompileError]]] = {}
        self.shaping: dict[int, tuple[n.Node, bool]] = {}  # does a statement shape its function's scope?
        self.compiled = 0  # statements compiled by the last check (tests, benchmarks)

    def shapes_scope(self, s: n.Node) -> bool:
        got = self.shaping.get(id(s))
        if got is None or got[0] is not s:
            got = self.shaping[id(s)] = (s, any(_shaping(x) for x in all_nodes(s)))
        return got[1]


def _shaping(x: n.Node) -> bool:
    t = type(x)
    if t is n.VarDecl or t is n.ParamIndirect:
        return True
    if t is n.Local:
        return x.name.isdigit()
    if t is n.Call or t is n.Name:
        low = key(x.name)
        return low in LEGACY_DECLARATIONS or low in ("count parameters", "copy parameters")
    return False


class _NeedFull(Exception):
    """The scope of a function changed: every statement must be compiled again."""


# The check's code generator (checkgen.py): the compiler's own decisions and errors, without building
# the Python expressions nobody here looks at.
class _CachedCompiler(check_compiler()):
    def __init__(self, program: CheckProgram, path: str, src: str, cache: StatementCache,
                 old: dict, cancelled, skipped: dict[int, list[n.Node]]) -> None:
        super().__init__(program, path, src)
        self.cache = cache
        self.old = old
        self.cancelled = cancelled
        self.skipped = skipped  # id(function) -> its statements left out of the compile
        self.top: list | None = None
        self.left_out: list[n.Node] = []
        self.context: tuple = ()

    def function(self, fdef: n.FunctionDef, pyname: str, display: str, kind: str) -> None:
        self.top, self.context = fdef.body, (display, kind)
        self.left_out = self.skipped.get(id(fdef), [])
        super().function(fdef, pyname, display, kind)

    def block(self, stmts: list[n.Stmt]) -> list[ast.stmt]:
        if stmts is not self.top or self.top is None:
            return super().block(stmts)
        self.top = None
        context = (self.context, _signature(self.scope), self.program.epoch)
        for s in self.left_out:
            hit = self.old[id(s)]
            if hit[1] != context:
                raise _NeedFull
            self._reuse(s, hit)
        for s in stmts:
            if self.cancelled():
                raise Cancelled
            hit = self.old.get(id(s))
            if hit is not None and hit[0] is s and hit[1] == context:
                self._reuse(s, hit)
                continue
            errors, warnings = len(self.errors), len(self.warnings)
            self.stmt(s)
            self.cache.compiled += 1
            self.cache.entries[id(s)] = (s, context, s.line, self.errors[errors:] + self.warnings[warnings:])
        return [ast.Pass()]

    def _reuse(self, s: n.Node, hit: tuple) -> None:
        """A statement compiled before: its errors and warnings, moved to its line."""
        for e in hit[3]:
            moved = self._moved(e, s.line - hit[2])
            (self.warnings if e.kind == "warning" else self.errors).append(moved)
        self.cache.entries[id(s)] = hit

    def _moved(self, e: CompileError, delta: int) -> CompileError:
        if not delta:
            return e
        line = e.line + delta
        src = self.lines[line - 1] if 0 < line <= len(self.lines) else ""
        return CompileError(e.message, e.path, line, e.col, src, e.expected, e.code, e.kind)


def _signature(scope) -> tuple:
    """What a statement's errors may depend on in its function: the declared types."""
    typed = tuple(sorted((k, v.type, v.param_index) for k, v in scope.locals.items() if v.type))
    return typed, scope.result_type, tuple(sorted(scope.proc_var_types.items()))


def check_file(program: CheckProgram, parsed: ParsedFile, name: str, cache: StatementCache,
               cancelled=lambda: False) -> list[CompileError]:
    """Every error and warning `run4d --check` reports for this file, against the workspace's names."""
    if not parsed.ok:
        return sorted(parsed.syntax_errors, key=lambda e: (e.line, e.col))
    unit = make_file_unit(parsed, name)
    if unit.errors:
        return list(unit.errors)
    old = cache.entries
    functions = [unit.method] if unit.cls is None else \
        ([unit.cls.constructor] if unit.cls.constructor else []) + list(unit.cls.functions)
    bodies = [(fdef, fdef.body) for fdef in functions]
    try:
        try:
            return _compile(program, parsed, unit, name, cache, old, cancelled, bodies, reduce=True)
        except _NeedFull:
            return _compile(program, parsed, unit, name, cache, old, cancelled, bodies, reduce=False)
    except Cancelled:
        cache.entries = old
        raise


def _compile(program, parsed, unit, name, cache, old, cancelled, bodies, reduce: bool) -> list[CompileError]:
    cache.entries, cache.compiled = {}, 0
    skipped: dict[int, list[n.Node]] = {}
    for fdef, body in bodies:
        if reduce:
            kept, left = [], []
            for s in body:
                hit = old.get(id(s))
                (kept if hit is None or hit[0] is not s or cache.shapes_scope(s) else left).append(s)
            skipped[id(fdef)] = left
            fdef.body = kept
        else:
            fdef.body = body
    comp = _CachedCompiler(program, parsed.path, parsed.text, cache, old, cancelled, skipped)
    if unit.cls is not None:
        cls = program.cs.classes.get(unit.cls.name) or Class4D(unit.cls.name, "cs", OBJECT_CLASS)
        program._link_parent(cls, unit.cls, comp)  # "The class X does not exist", circular inheritance
        comp.compile_class(unit.cls, "_K_check")
    else:
        comp.compile_method(unit.method, "M_" + py_ident(name))
    live = {id(s) for _fdef, body in bodies for s in body}
    cache.shaping = {k: v for k, v in cache.shaping.items() if k in live}
    return sorted(comp.errors + comp.warnings, key=lambda e: (e.line, e.col))
