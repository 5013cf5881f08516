"""Compile project: run4d's compile check of a project, as 4D's compiler reports it.

Stage: stdlib commands (docs/commands/compile-project.md). 4D compiles to
machine code; run4d compiles every method and class to Python when it loads
a project, so `Compile project` runs that check (what `run4d --check` does,
through runtime/hooks.check_project) and reports its errors in 4D's result
object: success, and errors[] with isError, message, line, lineInFile and a
code object (type, path, file, methodName / className, functionName,
databaseMethod name). Nothing is written (no DerivedData or Libraries: there
is no machine code to store), the options that steer machine code (targets,
typeInference, defaultTypeFor*, generateSymbols...) change nothing, and the
warnings run4d adds for commands it compiles but does not run are not
reported: 4D compiles those commands, so they are not compile problems of
the project (docs/decisions.md).
"""

from __future__ import annotations

import os
import re

from runtime import appcontext, hooks
from runtime.codes import err
from runtime.registry import command
from runtime.values import UNDEF, Coll, Obj
from stdlib_4d.files.file_class import File4D

_FUNCTION = re.compile(r"^\s*(?:(?:exposed|local|shared|server|singleton)\s+)*"
                       r"(?:Function\s+(?:(?:get|set|query|orderBy)\s+(?=\w))?(?:event\s+\w+\s+)?"
                       r"([\w ]*?\w)\s*(?:\(|:|$)"
                       r"|Class\s+constructor\b)", re.I)


@command("Compile project", returns="object")
def compile_project(project=UNDEF, options=UNDEF):
    """Compile project({options}) / Compile project(projectFile{; options}): the check's result."""
    if isinstance(project, File4D):
        path = project.real
        if not project.exists:
            raise err("file_not_found", path=project.posix)
    elif project is UNDEF or type(project) is Obj:
        ctx = appcontext.current()
        path = ctx.structure_file or ctx.database_folder
    else:
        raise err("bad_param_type", index=1, callee="Compile project", detail="a 4D.File or an object expected")
    found = [d for d in hooks.check_project(path) if d["code"] != "not-supported"]
    result = Obj(success=not any(d["severity"] == "error" for d in found))
    if found:
        result["errors"] = Coll(_error(d) for d in found)
    return result


def _error(d: dict) -> Obj:
    line_in_file = d["line"]
    code, line = _code(d["file"], line_in_file)
    return Obj(isError=d["severity"] == "error", message=d["message"], code=code,
               line=float(line), lineInFile=float(line_in_file))


def _code(path: str, line_in_file: int) -> tuple[Obj, int]:
    """The code object of a diagnostic's file, and the line as 4D counts it there."""
    name = os.path.splitext(os.path.basename(path))[0]
    folder = os.path.basename(os.path.dirname(path))
    code = Obj(file=File4D(path))
    lines = _lines(path)
    if folder == "Classes":
        code.update(type="class", path=f"[class]/{name}", className=name)
        for i in range(min(line_in_file, len(lines)) - 1, -1, -1):
            m = _FUNCTION.match(lines[i])
            if m:
                # a function's lines count from its declaration, line 1
                code.update(type="classFunction", functionName=m.group(1) or "constructor")
                return code, line_in_file - i
        return code, line_in_file
    offset = 1 if lines and lines[0].startswith("//%attributes") else 0
    if folder == "DatabaseMethods":
        code.update(type="databaseMethod", path=f"[databaseMethod]/{name}", databaseMethod=name)
    else:
        code.update(type="projectMethod", path=name, methodName=name)
    return code, max(line_in_file - offset, 1)


def _lines(path: str) -> list[str]:
    text = hooks.source_of(path)
    if text is None:
        try:
            with open(path, encoding="utf-8", errors="replace") as fh:
                text = fh.read()
        except OSError:
            return []
    return text.splitlines()
