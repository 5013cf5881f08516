"""Checking: every diagnostic of a set of files, as data (for `run4d --check` and editors).

Stage: assembly, error path. Loads the files a run would load (a method
file with its siblings, Classes/ and Methods/; a folder; a project), parses
and compiles them without running anything, and returns structured
diagnostics: syntax and compile errors, and warnings for the 4D commands
run4d compiles but does not run. The CLI prints them; the language server
publishes them.
"""

from __future__ import annotations

import os
from dataclasses import asdict, dataclass

from interpreter.compiler.loader import layout_for, load
from interpreter.compiler.program import Program
from runtime import hooks
from runtime.errors import CompileError, CompileErrors


@dataclass
class Diagnostic:
    file: str
    line: int  # 1-based
    column: int  # 1-based
    endLine: int  # noqa: N815  (the JSON field names editors expect)
    endColumn: int  # noqa: N815  (exclusive)
    severity: str  # "error" | "warning"
    code: str  # "syntax", "compile", "not-supported", "unknown-constant", "not-loaded", "component"
    message: str
    source_line: str = ""

    def to_json(self) -> dict:
        out = asdict(self)
        del out["source_line"]
        return out

    def render(self) -> str:
        """`file:line:col: severity: message` with the source line and a caret."""
        kind = "syntax error" if self.code == "syntax" else self.severity
        return CompileError(self.message, self.file, self.line, self.column, self.source_line,
                            kind=kind).render()


def diagnostic(e: CompileError, strict: bool = False) -> Diagnostic:
    severity = "warning" if e.kind == "warning" and not strict else "error"
    if e.kind == "syntax error":
        code = "syntax"
    elif e.kind == "warning":
        code = "component" if e.message.startswith("component not loaded: ") else \
            "not-loaded" if " is not loaded: " in e.message else "not-supported"
    elif e.message.startswith("Unknown constant"):
        code = "unknown-constant"
    else:
        code = "compile"
    line = max(e.line, 1) if e.line else 1
    col = max(e.col, 1)
    end = _word_end(e.source_line, col)
    message = e.message
    if e.expected:
        message += " (expected: " + ", ".join(e.expected) + ")"
    return Diagnostic(e.path, line, col, line, end, severity, code, message, e.source_line)


def _word_end(source_line: str, col: int) -> int:
    """End column of the name or token at `col` (at least one character)."""
    i = col - 1
    n = len(source_line)
    if i >= n:
        return col + 1
    j = i
    while j < n and (source_line[j].isalnum() or source_line[j] in "_ "):
        j += 1
    while j > i + 1 and source_line[j - 1] == " ":
        j -= 1
    return max(j, i + 1) + 1


def check(paths: list[str], strict: bool = False, retain: list | None = None) -> list[Diagnostic]:
    """`run4d --check PATHS`: the diagnostics of the files a run of each path would load.

    A method file brings its Classes/ and Methods/ folders and the siblings
    it names; a folder or project brings all its sources. With `retain` (a list), the
    program and everything it made are kept there instead of being freed (a process that
    ends right after, without freeing its memory: cli/main.py).
    """
    files: list[str] = []
    optional: list[str] = []
    names: dict[str, str] = {}
    components: dict[str, object] = {}
    problems: list[CompileError] = []
    for path in paths:
        layout = layout_for(path)
        files += layout.files
        optional += layout.optional
        names.update({os.path.normpath(p): name for p, name in layout.names.items()})
        # A project's components are checked with it (each as its own program, as a run compiles them).
        for comp in layout.components:
            components.setdefault(comp.name.lower(), comp)
        where = os.path.join(layout.root, "Project", "Sources", "dependencies.json")
        problems += [CompileError(f"component not loaded: {p}", where if os.path.isfile(where) else layout.root,
                                  1, 1, kind="warning") for p in layout.component_problems]
    files = _unique(files)
    optional = [f for f in _unique(optional) if f not in files]
    return check_files(files, strict, optional, names, retain, list(components.values()), problems)


def check_project(path: str) -> list[dict]:
    """The diagnostics of `path` as data, from inside a running program (Compile project).

    The check builds a Program of its own, which installs its hooks: the running
    program's are put back afterwards, so the code that asked goes on as before.
    """
    saved = {name: value for name, value in vars(hooks).items() if not name.startswith("_") and callable(value)}
    try:
        return [d.to_json() for d in check([path])]
    finally:
        for name, value in saved.items():
            setattr(hooks, name, value)


def check_files(files: list[str], strict: bool = False, optional: list[str] = (),
                names: dict[str, str] | None = None, retain: list | None = None, components: list = (),
                problems: list[CompileError] = ()) -> list[Diagnostic]:
    """Parse and compile `files` together (and the components they load, each as a program of its
    own); return their diagnostics in file and line order."""
    program = Program()
    program.check_only = True
    program.missing_components = [e.message.partition(": ")[2] for e in problems]
    if retain is not None:
        retain.append(program)
        program.retain = retain
    errors: list[CompileError] = []
    try:
        load(program, files, names, optional, components)
    except CompileErrors as e:
        errors = e.errors
    found = [diagnostic(e, strict) for e in errors + program.warnings + list(problems)]
    found.sort(key=lambda d: (d.file, d.line, d.column))
    return found


def _unique(files: list[str]) -> list[str]:
    return list(dict.fromkeys(os.path.normpath(f) for f in files))
