"""Errors: the one base type every user-facing error derives from.

Stage: shared by all layers. `Run4DError` carries a 4D error code, a message
and a source span; `CompileError` is found before running, `Error4D` at run
time (it also carries 4D's error stack and call chain). Control-flow signals
(`AbortSignal`, `QuitSignal`) derive from BaseException so that statement
error handlers never swallow them.

Tree:
    Run4DError
    ├── CompileError          syntax and static errors (exit code 65)
    └── Error4D               runtime errors: ON ERR CALL, Try, Catch (exit 70)
    AbortSignal (BaseException)   ABORT, or an error nobody handled
    QuitSignal  (BaseException)   QUIT 4D
"""

from __future__ import annotations

from runtime import limits

COMPONENT = "4DRT"  # componentSignature of run4d's own runtime errors


class Run4DError(Exception):
    """Base of every error shown to a 4D developer."""

    def __init__(self, message: str, path: str = "", line: int = 0, col: int = 0, code: int = 0):
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line
        self.col = col
        self.code = code


class CompileError(Run4DError):
    """A syntax or declaration error, found before the code runs."""

    def __init__(
        self,
        message: str,
        path: str = "",
        line: int = 0,
        col: int = 0,
        source_line: str = "",
        expected: list[str] | None = None,
        code: int = 0,
        kind: str = "syntax error",
    ):
        super().__init__(message, path, line, col, code)
        self.source_line = source_line
        self.expected = expected or []
        self.kind = kind  # "syntax error" (parser) or "error" (compiler)

    def render(self) -> str:
        where = f"{self.path}:{self.line}:{self.col}"
        text = f"{where}: {self.kind}: {self.message}"
        if self.expected:
            text += "\n  expected: " + ", ".join(self.expected)
        if self.source_line:
            line = self.source_line.rstrip("\n")
            caret = "".join("\t" if ch == "\t" else " " for ch in line[: max(self.col - 1, 0)])
            text += f"\n    {line}\n    {caret}^"
        return text


class CompileErrors(Run4DError):
    """Several compile errors of one run, reported together."""

    def __init__(self, errors: list[CompileError]):
        super().__init__(errors[0].message if errors else "", code=0)
        self.errors = errors

    def render(self) -> str:
        return "\n".join(e.render() for e in self.errors)


class Frame:
    """One entry of the 4D call chain. (Plain classes here, not dataclasses: importing
    dataclasses costs start-up time; they compare and print as dataclasses would.)"""

    __slots__ = ("name", "path", "line")

    def __init__(self, name: str, path: str, line: int) -> None:
        self.name = name  # method name, "Class.function", or "Formula"
        self.path = path
        self.line = line

    def __eq__(self, other) -> bool:
        return type(other) is Frame and (self.name, self.path, self.line) == (other.name, other.path, other.line)

    def __repr__(self) -> str:
        return f"Frame(name={self.name!r}, path={self.path!r}, line={self.line!r})"


class ErrorItem:
    """One element of 4D's error stack (Last errors)."""

    __slots__ = ("code", "message", "component", "extra")

    def __init__(self, code: int, message: str, component: str = COMPONENT, extra: dict | None = None) -> None:
        self.code = code
        self.message = message
        self.component = component
        self.extra = extra if extra is not None else {}

    def __eq__(self, other) -> bool:
        return type(other) is ErrorItem and (self.code, self.message, self.component, self.extra) == \
            (other.code, other.message, other.component, other.extra)

    def __repr__(self) -> str:
        return (f"ErrorItem(code={self.code!r}, message={self.message!r}, component={self.component!r}, "
                f"extra={self.extra!r})")


class Error4D(Run4DError):
    """A 4D runtime error: catchable by ON ERR CALL, Try() and Try/Catch."""

    def __init__(self, code: int, message: str, component: str = COMPONENT, extra=None):
        super().__init__(message, code=code)
        self.stack: list[ErrorItem] = [ErrorItem(code, message, component, extra or {})]
        self.frames: list[Frame] = []
        self.deferred = False
        self.reported = False  # already shown, or already given to a handler

    @property
    def component(self) -> str:
        return self.stack[0].component

    def locate(self, name: str, path: str, line: int) -> None:
        """Record where the error happened (innermost frame first)."""
        if not self.frames:
            self.path, self.line = path, line
        self.frames.append(Frame(name, path, line))

    def render(self) -> str:
        first = self.frames[0] if self.frames else None
        where = f"{first.path}:{first.line}: " if first else ""
        text = f"{where}error {self.code}: {self.message}"
        for item in self.stack[1:]:
            text += f"\n  error {item.code}: {item.message}"
        frames = self.frames
        shown = max(limits.CALL_CHAIN_SHOWN, 2)
        if len(frames) > shown:
            # Deep recursion: the innermost and outermost calls, the middle counted.
            head, tail = frames[:shown // 2], frames[len(frames) - shown // 2:]
            skipped = len(frames) - len(head) - len(tail)
            lines = [f"  in {fr.name} line {fr.line}" for fr in head]
            lines.append(f"  ... {skipped:,} more calls ...")
            lines += [f"  in {fr.name} line {fr.line}" for fr in tail]
        else:
            lines = [f"  in {fr.name} line {fr.line}" for fr in frames]
        if lines:
            text += "\n" + "\n".join(lines)
        return text


class AbortSignal(BaseException):
    """Unwinds the current process (ABORT, or an unhandled error)."""

    def __init__(self, error: Error4D | None = None):
        super().__init__()
        self.error = error


class QuitSignal(BaseException):
    """QUIT 4D: unwinds every process; the program exits."""
