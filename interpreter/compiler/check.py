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
from runtime.errors import CompileError, CompileErrors


@dataclass
class Diagnostic:
    file: str
    line: int  # 1-based
    column: int  # 1-based
    endLine: int  # noqa: N815  (the JSON field names editors expect)
    endColumn: int  # noqa: N815  (exclusive)
    severity: str  # "error" | "warning"
    code: str  # "syntax", "compile", "not-supported", "unknown-constant"
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
        code = "not-supported"
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


def files_of(paths: list[str]) -> list[str]:
    """The files a run of each path loads (siblings, Classes/, Methods/; or a project's)."""
    files: list[str] = []
    for path in paths:
        files += layout_for(path).files
    return list(dict.fromkeys(os.path.normpath(f) for f in files))


def check_files(files: list[str], strict: bool = False) -> list[Diagnostic]:
    """Parse and compile `files` together; return their diagnostics in file and line order."""
    program = Program()
    errors: list[CompileError] = []
    try:
        load(program, files)
    except CompileErrors as e:
        errors = e.errors
    found = [diagnostic(e, strict) for e in errors + program.warnings]
    found.sort(key=lambda d: (d.file, d.line, d.column))
    return found


def check(paths: list[str], strict: bool = False) -> list[Diagnostic]:
    """`run4d --check PATHS`: the diagnostics of each file, folder or project."""
    return check_files(files_of(paths), strict)
