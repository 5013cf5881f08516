"""Lint: calls of class functions that the receiver's class does not have.

Stage: editor support, after the compiler's check. The compiler checks
commands and project methods; a call `$g.hello()` is only resolved at run
time (4D objects are dynamic), where a missing function fails with -10704.
When the receiver's class is known statically (`var $g : cs.Greeter`,
`cs.Greeter.new()`, `This` in a class function) and every class of its
chain is a project class, a call of a name that no class of the chain
declares (function, accessor, property, or `This.name:=` in its code) is
reported as a warning, so that removing a class function flags its callers.
"""

from __future__ import annotations

from interpreter.compiler import nodes as n
from interpreter.compiler.scope import walk
from interpreter.lsp.incremental import ParsedFile
from interpreter.lsp.inference import Types, scope_at
from interpreter.lsp.symbols import FileSymbols
from runtime.errors import CompileError


class LintWarning(CompileError):
    """A warning of the editor, not an error of the compiler."""

    severity = "warning"

    def __init__(self, message: str, path: str, line: int, col: int, source_line: str) -> None:
        super().__init__(message, path, line, col, source_line, code=0, kind="warning")


def member_warnings(ws, parsed: ParsedFile, symbols: FileSymbols) -> list[CompileError]:
    lines = parsed.text.split("\n")
    out: list[CompileError] = []
    scopes: dict[int, Types] = {}
    for x in walk(parsed.items):
        if type(x) is not n.MemberCall:
            continue
        types = scopes.get(x.line)
        if types is None:
            types = scopes[x.line] = Types(ws, scope_at(parsed, symbols, x.line), x.line)
        t = types.of(x.obj)
        if t is None or t.kind != "instance" or not t.name.startswith("cs."):
            continue
        cname = t.name[3:]
        chain = ws.class_chain(cname)
        if not chain or not _closed(chain):
            continue
        if any(_has(fs, x.name) for fs in chain):
            continue
        src = lines[x.line - 1] if 0 < x.line <= len(lines) else ""
        out.append(LintWarning(f"The class {cname} has no function {x.name}", parsed.path, x.line, x.col, src))
    return out


def _closed(chain: list[FileSymbols]) -> bool:
    """Every class of the chain is a project class (no unknown or built-in parent)."""
    last = chain[-1].parent
    return last is None or last.lower() in ("4d.object",)


def _has(fs: FileSymbols, name: str) -> bool:
    return (name in fs.functions or f"get {name}" in fs.functions or f"set {name}" in fs.functions
            or name in fs.properties or name in fs.this_members)
