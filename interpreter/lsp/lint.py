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
from interpreter.lsp.incremental import ParsedFile
from interpreter.lsp.inference import Types, scope_at
from interpreter.lsp.symbols import FileSymbols
from runtime.errors import CompileError


class LintWarning(CompileError):
    """A warning of the editor, not an error of the compiler."""

    severity = "warning"
    lsp_code = "no-such-function"

    def __init__(self, message: str, path: str, line: int, col: int, source_line: str) -> None:
        super().__init__(message, path, line, col, source_line, code=0, kind="warning")


def member_warnings(ws, parsed: ParsedFile, symbols: FileSymbols) -> list[CompileError]:
    """The warnings of a file. Each statement keeps its own, with what they depended on
    (the workspace's declarations, the types of the locals its calls start from)."""
    lines = parsed.text.split("\n")
    out: list[CompileError] = []
    scopes: dict[int, Types] = {}
    epoch = ws.program.epoch
    for leaf in parsed.leaves:
        if not leaf.items:
            continue
        calls = leaf.facts.get("calls")
        if calls is None:
            calls = leaf.facts["calls"] = [x for x in leaf.nodes if type(x) is n.MemberCall]
        if not calls:
            continue
        types = scopes.get(leaf.line)
        if types is None:
            types = scopes[leaf.line] = Types(ws, scope_at(parsed, symbols, leaf.line), leaf.line)
        key = (epoch, symbols.name, tuple(_fingerprint(types, x) for x in calls))
        cached = leaf.facts.get("lint")
        if cached is None or cached[0] != key:
            found = [w for x in calls if (w := _warning(ws, types, x)) is not None]
            cached = leaf.facts["lint"] = (key, [(x, msg) for x, msg in found])
        for x, msg in cached[1]:
            src = lines[x.line - 1] if 0 < x.line <= len(lines) else ""
            out.append(LintWarning(msg, parsed.path, x.line, x.col, src))
    return out


def _fingerprint(types: Types, call: n.MemberCall) -> tuple:
    """What a call's receiver type depends on in its function: its root local's declaration
    and assignments (the nodes, which stay the same while their statements are unchanged)."""
    root = call.obj
    while isinstance(root, (n.Member, n.MemberCall, n.Index, n.IndexCall)):
        root = root.obj
    if not isinstance(root, n.Local):
        return ()
    v = types.scope.locals.get(root.name.lower())
    if v is None:
        return (root.name,)
    return (root.name, v.type_name, tuple(id(value) for _line, value in v.assigns), tuple(v.keys))


def _warning(ws, types: Types, x: n.MemberCall) -> tuple[n.MemberCall, str] | None:
    t = types.of(x.obj)
    if t is None or t.kind != "instance" or not t.name.startswith("cs."):
        return None
    cname = t.name[3:]
    chain = ws.class_chain(cname)
    if not chain or not _closed(chain) or any(_has(fs, x.name) for fs in chain):
        return None
    return x, f"The class {cname} has no function {x.name}"


def _closed(chain: list[FileSymbols]) -> bool:
    """Every class of the chain is a project class (no unknown or built-in parent)."""
    last = chain[-1].parent
    return last is None or last.lower() in ("4d.object",)


def _has(fs: FileSymbols, name: str) -> bool:
    return (name in fs.functions or f"get {name}" in fs.functions or f"set {name}" in fs.functions
            or name in fs.properties or name in fs.this_members)
