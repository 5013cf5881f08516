"""The REPL's engine: evaluating input, meta-commands, completion, echo.

Stage: top level (no prompt_toolkit here; repl.py is the terminal UI). Input
runs in the main process of a running 4D program (doctests/session.py, DocSession)
whose locals persist between inputs; servers and workers keep running
between prompts. Expressions echo their value in 4D's notation.
"""

from __future__ import annotations

import os
import re
from contextlib import contextmanager

from interpreter.compiler.lexer import KEYWORDS
from interpreter.compiler.parser import normalize, parse_items
from interpreter.compiler.units import is_class_items
from interpreter.doctests.session import DocSession
from runtime import registry
from runtime.classes import BUILTIN_STORE
from runtime.convert import format_number
from runtime.errors import CompileErrors, Error4D
from runtime.functions import Function4D
from runtime.native import Native
from runtime.values import UNDEF, Coll, Date4D, Obj, Time4D

HELP = """\
Type 4D code: statements run at once, expressions show their value.
Blocks (If, For, Case of, Function...) continue on the next line until they
are closed; Meta-Enter (Esc Enter) sends the input as it is.
  %class Name      define (or redefine) class Name from the lines that follow
  %load FILE.4dm   load a method or class file
  %classes         list the classes of cs
  %vars            list the variables of the session
  %help            this text
  %quit            leave (Ctrl-D does too)
A class can also be typed directly when its first line is a comment naming
it: // Person class"""

_CLASS_COMMENT = re.compile(r"^\s*//\s*(?:[Cc]lass\s+)?([A-Za-z_]\w*)(?:\s+class)?\s*$")
_MEMBER_PREFIX = re.compile(r"((?:\$?[\w]+|4D)(?:\.[\w]+)*)\.(\w*)$")


def show(value) -> str:
    """A value in 4D's notation, for echoing."""
    t = type(value)
    if t is str:
        from runtime.json4d import stringify

        return stringify(value)
    if t is bool:
        return "True" if value else "False"
    if t is float or t is int:
        return format_number(value)
    if value is None:
        return "null"
    if t is Date4D:
        return f"!{value.y:04d}-{value.m:02d}-{value.d:02d}!" if not value.is_null() else "!00-00-00!"
    if t is Time4D:
        return repr(value)
    if isinstance(value, Function4D):
        return f"[Formula {value.source}]" if value.kind == "formula" else f"[Function {value.name}]"
    if isinstance(value, (Obj, Coll)):
        from runtime.json4d import stringify

        try:
            return stringify(value)
        except Error4D:
            return "[object]"
    if isinstance(value, Native):
        from runtime.json4d import stringify

        try:
            return f"[{value.class_path}] " + stringify(value)
        except Error4D:
            return f"[{value.class_path}]"
    return repr(value)


def is_incomplete(text: str) -> bool:
    """Would Enter here continue the input (an open block, a class, a trailing backslash)?

    A class has no closing keyword: it ends with an empty line (or Meta-Enter).
    """
    if not text.strip():
        return False
    ends_with_empty_line = text.split("\n")[-1].strip() == "" and "\n" in text
    if text.rstrip("\n").endswith("\\"):
        return True
    if text.lstrip().startswith("%"):
        return text.split()[0] == "%class" and not ends_with_empty_line
    try:
        items = parse_items(normalize(text) + "\n", "<input>")
    except CompileErrors as e:
        return any("is not closed" in err.message or "end of file" in err.message for err in e.errors)
    is_class = is_class_items(items) or (not items and _class_name_from(text) is not None)
    return is_class and not ends_with_empty_line


class ReplCore:
    """Evaluates REPL input in a running session; returns the text to show."""

    def __init__(self, session: DocSession) -> None:
        self.session = session
        self.count = 0

    @property
    def program(self):
        return self.session.program

    def evaluate(self, text: str) -> str:
        """Run one input; return what to show (echo, error or meta-command output)."""
        stripped = text.strip()
        if not stripped:
            return ""
        if stripped.startswith("%"):
            return self.meta(stripped)
        self.count += 1
        source = normalize(text)
        try:
            items = parse_items(source + "\n", f"<input {self.count}>")
        except CompileErrors as e:
            return e.render()
        if is_class_items(items):
            return self.define_class(source, _class_name_from(source))
        value_code = self._as_return(items, source)
        label = f"<input {self.count}>"
        result = self.session.run(value_code or source + "\n", label, settle=False)
        if value_code and isinstance(result.error, CompileErrors):
            # Report the error against what was typed, not the echo wrapper.
            value_code = None
            result = self.session.run(source + "\n", label, settle=False)
        if result.error is not None:
            return result.error.render() if hasattr(result.error, "render") else str(result.error)
        if value_code:
            value = self.program.session.get("__value__", UNDEF)
            self.program.session.pop("__value__", None)
            if value is UNDEF or (value is None and _is_call(items[0].expr)):
                return ""  # a call that returns nothing (a formula running ALERT, a method without result)
            return show(value)
        return ""

    def _as_return(self, items, source: str) -> str | None:
        """`expr` -> `$__value__:=expr` when the input is one expression worth echoing."""
        from interpreter.compiler import nodes as n

        if len(items) != 1 or not isinstance(items[0], n.ExprStmt):
            return None
        expr = items[0].expr
        if isinstance(expr, (n.Call, n.Name)):
            spec = registry.lookup_command(expr.name)
            if spec is not None and spec.name.upper() == spec.name:
                return None  # ALERT, CALL WORKER...: 4D's procedures, in capitals, return nothing
        return "$__value__:=" + source.strip() + "\n"

    # -------------------------------------------------------------- classes and files

    def define_class(self, source: str, name: str | None) -> str:
        if not name:
            return "give the class a name: start it with %class Name, or a comment // Name class"
        try:
            with _late_binding(self.program):
                self.session.load(source + "\n", f"<class {name}>", name)
        except CompileErrors as e:
            return e.render()
        return f"class {name} defined"

    def meta(self, text: str) -> str:
        head, _, rest = text.partition("\n")
        words = head.split()
        command, args = words[0].lower(), words[1:]
        if command == "%class":
            if not args:
                return "usage: %class Name (then the class's lines)"
            return self.define_class(rest, args[0])
        if command == "%load":
            return self.load_file(" ".join(args))
        if command == "%classes":
            names = sorted(self.program.cs.classes)
            return "\n".join(names) if names else "(no classes)"
        if command == "%vars":
            return self.variables()
        if command == "%help":
            return HELP
        if command == "%quit":
            raise EOFError
        return f"unknown command {command} (try %help)"

    def load_file(self, path: str) -> str:
        if not path or not os.path.isfile(path):
            return f"%load: {path or '(nothing)'}: no such file"
        with open(path, encoding="utf-8-sig") as fh:
            text = fh.read()
        name = os.path.splitext(os.path.basename(path))[0]
        try:
            with _late_binding(self.program):
                unit = self.program.load_text(text, path, name)
        except CompileErrors as e:
            return e.render()
        return f"{'class' if unit.cls is not None else 'method'} {name} loaded"

    def variables(self) -> str:
        lines = [f"${k} = {show(v)}" for k, v in sorted(self.program.session.items()) if not k.startswith("__")]
        main = self.session.main_process()
        lines += [f"{k} = {show(v)}" for k, v in sorted(main.vars.items())
                  if k not in ("ok", "error", "error method", "error line", "error formula", "document")]
        return "\n".join(lines) if lines else "(no variables)"

    # -------------------------------------------------------------- completion

    def completions(self, text_before: str) -> list[str]:
        """Candidate completions for the end of `text_before` (the word being typed)."""
        m = _MEMBER_PREFIX.search(text_before)
        if m:
            return [c for c in self.members(m.group(1)) if c.startswith(m.group(2))]
        word = re.search(r"([$\w<>]+(?: [\w]+)*)$", text_before)
        prefix = word.group(1) if word else ""
        return self.names(prefix)

    def names(self, prefix: str) -> list[str]:
        low = prefix.lower()
        if not low:
            return []
        if low.startswith("$"):
            return sorted("$" + k for k in self.program.session if k.startswith(low[1:]) and not k.startswith("__"))
        pool = [s.name for s in registry.all_commands()] + [n for n, _ in registry.CONSTANTS.values()]
        pool += list(registry.SPECIAL.values()) + [k.title() if " " not in k else k.capitalize() for k in KEYWORDS]
        pool += [m.name for m in self.program.methods.values() if not m.name.startswith("__")]
        def ranked(names):
            return sorted(names, key=lambda s: (len(s), s.lower()))

        whole = {p for p in pool if p.lower().startswith(low)}
        # "New ob" completes the multi-word name first, then names starting with the last word.
        last = low.rsplit(" ", 1)[-1]
        partial = {p for p in pool if p.lower().startswith(last)} - whole if " " in low else set()
        return ranked(whole) + ranked(partial)

    def members(self, path: str) -> list[str]:
        """Members of the object an expression like $o.a or cs or 4D denotes (no calls)."""
        if path == "cs":
            return sorted(self.program.cs.classes)
        if path == "4D":
            return BUILTIN_STORE.keys4d()
        value = self._resolve(path)
        return _member_names(value)

    def _resolve(self, path: str):
        from runtime import access

        parts = path.split(".")
        head = parts[0]
        if head.startswith("$"):
            value = self.program.session.get(head[1:].lower(), UNDEF)
        elif head == "cs":
            value = self.program.cs
        elif head == "4D":
            value = BUILTIN_STORE
        else:
            value = self.session.main_process().vars.get(head.lower(), UNDEF)
        for part in parts[1:]:
            try:
                value = access.get(value, part)
            except Error4D:
                return UNDEF
        return value


def _member_names(value) -> list[str]:
    from runtime.access import COLLECTION_FUNCS
    from runtime.classes import Class4D

    names: set[str] = set()
    if isinstance(value, Obj):
        names |= set(dict.keys(value))
        cls = value.cls
        while cls is not None:
            names |= set(cls.functions) | set(cls.getters) | set(cls.setters)
            cls = cls.superclass
    elif isinstance(value, Coll):
        names |= set(COLLECTION_FUNCS) | {"length"}
    elif isinstance(value, Class4D):
        names |= set(Class4D.props4d) | set(Class4D.funcs4d)
    elif isinstance(value, Native):
        names |= set(value.keys4d()) | set(type(value).props4d) | set(type(value).funcs4d)
    return sorted(names)


@contextmanager
def _late_binding(program):
    """Classes and methods loaded one at a time may call methods loaded later (typed lines may not)."""
    program.interactive = True
    try:
        yield
    finally:
        program.interactive = False


def _is_call(expr) -> bool:
    from interpreter.compiler import nodes as n

    return isinstance(expr, (n.Call, n.MemberCall, n.IndexCall))


def _class_name_from(source: str) -> str | None:
    for line in source.split("\n"):
        if line.strip():
            m = _CLASS_COMMENT.match(line)
            return m.group(1) if m else None
    return None
