"""Name resolution for what the registry does not implement (mixin of the compiler).

Stage: code generation. A name is, in order: a value (True, Null), a
special form, a registered constant or command, a project method, then:
- a name of 4D's catalog of commands (or one carrying a `:C`/`:P` editor
  token) that no module implements: a call of `_nosup(name)`, which raises
  run4d's "not supported" error at run time, and a warning at compile time;
- a name carrying a `:K` token that is no known constant: a compile error;
- any other bare name: a process variable, and any other call: an unknown
  command or method (with a "did you mean").
The registry is read when the code is compiled, so a command registered by
any module (`@command("ARRAY TEXT")`) is used as soon as it exists.
"""

from __future__ import annotations

import ast
import difflib
import os

from interpreter.compiler import nodes as n
from interpreter.compiler import pyast as P
from runtime import catalog
from runtime.errors import CompileError
from runtime.registry import COMMANDS, INDEXED_NAMES, key


class NameResolver:
    def warn(self, message: str, node: n.Node) -> None:
        line = node.line
        src = self.lines[line - 1] if 0 < line <= len(self.lines) else ""
        self.warnings.append(CompileError(message, self.path, line, node.col, src, kind="warning"))

    def is_unimplemented_command(self, name: str, tag: str) -> bool:
        """A 4D command run4d has no implementation of (known by the catalog or by its token)."""
        return tag[:1] in ("C", "P") or catalog.is_command(name)

    def unsupported_call(self, name: str, args: list[n.Expr], node: n.Node) -> tuple[ast.expr, None]:
        for arg in args:
            self.value(arg)  # compile errors inside the arguments are still reported
        self.warn(f"{name} is not supported by run4d", node)
        return P.call("_nosup", P.const(name)), None

    def at_run(self, message: str, node: n.Node) -> ast.expr | None:
        """In a component a run loads, or a project run4d runs, an unknown name fails when its statement
        runs, as a line that does not compile does in 4D's interpreted mode (-10798 in a component,
        -10791 in the project, and a warning at start); None elsewhere (a check, a lone file)."""
        program = self.program
        if program.check_only:
            return None
        if getattr(program, "component", None) is not None:
            self.warn(f"{RUNS_AS_ERROR}{message}", node)
            where = f"{self.path}:{node.line}:{node.col}: {message}"
            return P.call("_raise", P.const("component_code"), P.const(""), P.const(where))
        if getattr(program, "late_lines", False):
            self.warn(f"{RUNS_AS_ERROR}{message}", node)
            # As a method of a file that does not compile says it (Program.fail_units): file:line: message.
            where = f"{os.path.basename(self.path)}:{node.line}: {message}"
            return P.call("_raise", P.const("not_compiled"), P.const("This line"), P.const(where))
        return None

    def unknown_constant(self, e: n.Name) -> tuple[ast.expr, None]:
        message = f"Unknown constant: {e.name} ({e.tag})"
        late = self.at_run(message, e)
        if late is not None:
            return late, None
        self.error(message, e)
        return P.const(None), None

    def unknown_call(self, e: n.Call) -> tuple[ast.expr, None]:
        if getattr(self.program, "component", None) is not None:
            late = self.at_run(f"Unknown command or method: {e.name}", e)
            if late is not None:
                return late, None
        message = f"Unknown command or method: {e.name}"
        guess = self.did_you_mean(e.name)
        if guess:
            message += f" (did you mean {guess}?)"
        host = getattr(self.program, "host", None) or self.program
        for other in getattr(host, "components", ()):
            if other is not self.program and key(e.name) in other.methods and \
                    other.methods[key(e.name)].component is None:
                message += f" ({e.name} is a method of the component {other.component.name}, which does not share it)"
                break
        missing = getattr(self.program, "missing_components", None) or \
            getattr(getattr(self.program, "host", None), "missing_components", None)
        if missing:
            message += f"; {len(missing)} component(s) of the project are not loaded: " + "; ".join(missing)
        late = self.at_run(message, e)  # a project run: the line fails when it runs, with what is known
        if late is not None:
            return late, None
        self.error(message, e)
        return P.const(None), None

    def did_you_mean(self, name: str) -> str | None:
        """The closest command or method name, for a misspelled call."""
        guesses = self.__dict__.setdefault("_guesses", {})  # one search per name and file
        if name not in guesses:
            guesses[name] = _closest(key(name), self.program.methods.values()) if len(guesses) < 50 else None
        return guesses[name]

    # ------------------------------------------------------------------ tables and fields

    def e_TableRef(self, e: n.TableRef):
        return P.call("_table", P.const(e.table)), None

    def e_FieldRef(self, e: n.FieldRef):
        return P.call("_field", P.const(e.table), P.const(e.field)), None

    def e_Conjunction(self, e: n.Conjunction):
        # QUERY([T]; & ; ...): the operator travels as its text; `& [T]F=1` as a criterion
        # carrying its conjunction (the classic database commands read both).
        if e.expr is not None:
            if self.is_criterion(e.expr):
                c = e.expr
                return P.call("_criterion", self.output_arg(c.left), P.const(c.op), self.value(c.right),
                              P.const(e.op)), None
            self.value(e.expr)  # compile errors inside the criterion are still reported
        return P.const(e.op), "text"

    def s_SqlBlock(self, s: n.SqlBlock):
        return self.guarded([P.expr_stmt(P.call("_sql", P.const(s.text)))])


# The warning of a line that raises an error when it runs (-10798 in a component: components.py;
# -10791 in a project: loader._late_lines), taken out of the warnings and said at start.
RUNS_AS_ERROR = "does not compile, raises an error when run: "


def _closest(lowered: str, methods) -> str | None:
    candidates: dict[str, str] = {}
    for entry in catalog.entries().values():
        candidates[key(entry.name)] = entry.name
    for known in [spec.name for spec in COMMANDS.values()] + INDEXED_NAMES:
        candidates[key(known)] = known
    for entry in methods:
        candidates[key(entry.name)] = entry.name
    # Names of about the same length only: difflib is quadratic in the lengths.
    near = [c for c in candidates if abs(len(c) - len(lowered)) <= max(2, len(lowered) // 4)]
    close = difflib.get_close_matches(lowered, near, n=1, cutoff=0.75)
    return candidates[close[0]] if close else None
