"""Registries: the 4D commands and constants run4d knows.

Stage: runtime. stdlib_4d fills these with decorators (`@command("Length")`,
`constants({...})`); the compiler reads them to resolve names and to call
commands directly; the lexer reads the multi-word names; docs/commands.md
is generated from them. Names are case-insensitive.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from typing import Any


class LazyRegistry(dict):
    """A registry filled on demand: a name not registered yet may belong to a module not imported yet.

    `find(name)` (installed by stdlib_4d) imports the module that registers `name`
    and says whether it did; every read (`[]`, `get`, `in`) asks it on a miss, so a
    program only loads the modules of the commands and classes it uses. Iterating
    gives what is loaded: `load_all()` first when everything is wanted (docs, completion).
    """

    __slots__ = ("find", "everything")

    def __init__(self) -> None:
        super().__init__()
        self.find: Callable[[str], bool] | None = None
        self.everything: Callable[[], None] | None = None

    def __missing__(self, name):
        if self.find is not None and self.find(name):
            return dict.__getitem__(self, name)
        raise KeyError(name)

    def get(self, name, default=None):
        try:
            return self[name]
        except KeyError:
            return default

    def __contains__(self, name) -> bool:
        return dict.__contains__(self, name) or (self.find is not None and self.find(name)
                                                 and dict.__contains__(self, name))

    def load_all(self) -> None:
        if self.everything is not None:
            self.everything()


def _caller_module(depth: int = 2) -> str:
    """The module that called a registration function (the lazy index records it)."""
    return sys._getframe(depth).f_globals.get("__name__", "")


class CommandSpec:
    """One registered command. (A plain class: importing dataclasses costs start-up time.)"""

    __slots__ = ("name", "fn", "min_args", "max_args", "returns", "pyname", "doc", "outputs", "module", "formulas")

    def __init__(self, name: str, fn: Callable[..., Any], min_args: int, max_args: int | None,
                 returns: str | None, pyname: str, doc: str = "", outputs: tuple[int, ...] = (),
                 module: str = "", formulas: tuple[int, ...] = ()) -> None:
        self.name = name  # canonical spelling, as 4D writes it
        self.fn = fn
        self.min_args = min_args
        self.max_args = max_args  # None: any number
        self.returns = returns  # static type of the result ("Text", "Real"...), None if unknown
        self.pyname = pyname  # name bound in compiled code's globals
        self.doc = doc
        # 1-based positions of parameters the command writes into: the compiler
        # passes a pointer when the argument there is a variable (4D's by-reference).
        self.outputs = outputs
        self.module = module  # the module that registered it (stdlib_4d's lazy index)
        # 1-based positions of parameters the command evaluates itself (once per record, say):
        # the compiler passes a function of no arguments computing the expression written there.
        self.formulas = formulas

    def __repr__(self) -> str:
        return f"CommandSpec({self.name!r}, {self.pyname!r}, {self.min_args}..{self.max_args})"


COMMANDS: LazyRegistry = LazyRegistry()  # key(name) -> CommandSpec
# Canonical names of the commands a lazy module registers (stdlib_4d fills it from its index).
INDEXED_NAMES: list[str] = []
CONSTANTS: dict[str, tuple[str, Any]] = {}
# Editor ids of constants ("8:3" of `Is text:K8:3`) -> key in CONSTANTS: the id
# resolves a token whatever its spelling (localized or renamed constants).
CONSTANT_IDS: dict[str, str] = {}
# Commands compiled specially (Formula, Count parameters...): name -> description.
SPECIAL: dict[str, str] = {}


def key(name: str) -> str:
    return " ".join(name.lower().split())


def py_ident(name: str) -> str:
    """A Python identifier for a 4D name (case-folded, non-ASCII escaped)."""
    out = []
    for ch in name.lower():
        if ch.isascii() and (ch.isalnum() or ch == "_"):
            out.append(ch)
        elif ch == " ":
            out.append("_")
        else:
            out.append(f"_{ord(ch):x}_")
    return "".join(out)


def _arity(fn: Callable[..., Any]) -> tuple[int, int | None]:
    code = getattr(fn, "__code__", None)
    if type(fn) is type(_arity) and code is not None and not hasattr(fn, "__wrapped__"):
        # A plain function: read from its code object (inspect.signature is slow to import and
        # to run, and every command registered at start-up goes through here).
        positional = code.co_argcount
        required = positional - len(fn.__defaults__ or ())
        return required, None if code.co_flags & 0x04 else positional  # 0x04: CO_VARARGS
    import inspect

    required = 0
    maximum: int | None = 0
    for p in inspect.signature(fn).parameters.values():
        if p.kind is p.VAR_POSITIONAL:
            maximum = None
        elif p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD):
            if p.default is p.empty:
                required += 1
            if maximum is not None:
                maximum += 1
    return required, maximum


def command(name: str, returns: str | None = None, outputs: tuple[int, ...] = (), formulas: tuple[int, ...] = ()):
    """Register a 4D command implemented by the decorated function.

    The function's signature gives the argument counts: parameters without
    a default are required, *args accepts any number. A function may carry
    `member4d(name)`, which must return what reading `name` on its result
    (called without arguments) returns: compiled code then reads `cmd.name`
    with one call (`ds.Employee`, stdlib_4d/data/opening.py).
    """

    def deco(fn: Callable[..., Any]) -> Callable[..., Any]:
        lo, hi = _arity(fn)
        spec = CommandSpec(name, fn, lo, hi, returns, "C_" + py_ident(name), (fn.__doc__ or "").strip(),
                           outputs, fn.__module__, formulas)
        COMMANDS[key(name)] = spec
        HEADLESS.pop(key(name), None)  # an implementation replaces a headless no-op
        return fn

    return deco


def special(name: str, description: str) -> None:
    """Declare a command the compiler handles itself (it reads its source)."""
    SPECIAL[key(name)] = name
    COMMANDS.pop(key(name), None)
    _SPECIAL_DOCS[key(name)] = description


_SPECIAL_DOCS: dict[str, str] = {}

# Commands that do nothing headless, with the reason (screen, menus, printing
# set-up...): name -> reason. docs/supported.md lists them with it.
HEADLESS: dict[str, str] = {}


def headless(name: str, reason: str, result: Any = None, returns: str | None = None) -> None:
    """Register `name` as a command that does nothing when run headless, and why.

    It accepts any arguments and returns `result` (None for a procedure).
    """

    def no_op(*args):
        return result

    COMMANDS[key(name)] = CommandSpec(name, no_op, 0, None, returns, "C_" + py_ident(name), reason,
                                      module=_caller_module())
    HEADLESS[key(name)] = reason


def headless_reason(name: str) -> str | None:
    """Why `name` is a no-op headless, if it is one (and no implementation replaced it)."""
    spec = COMMANDS.get(key(name))
    reason = HEADLESS.get(key(name))
    if spec is None or reason is None or spec.doc != reason:
        return None
    return reason


def constants(table: dict[str, Any]) -> None:
    """Register named constants: {"Is text": 2, ...}."""
    for name, value in table.items():
        if type(value) is int:
            value = float(value)
        CONSTANTS[key(name)] = (name, value)


# System variables with a space in their name (process variables set by 4D).
SYSTEM_VARIABLES = ["Error method", "Error line", "Error formula"]


def multiword_names() -> list[str]:
    """Every registered name containing a space (for the lexer)."""
    names = [s.name for s in COMMANDS.values()] + [n for n, _ in CONSTANTS.values()] + INDEXED_NAMES
    names += list(SPECIAL.values()) + SYSTEM_VARIABLES
    return [n for n in names if " " in n]


def lookup_command(name: str) -> CommandSpec | None:
    return COMMANDS.get(key(name))


def command_for_pyname(pyname: str) -> CommandSpec | None:
    """The command compiled code calls by this global name (C_...), its module imported if needed."""
    if not _PYNAMES or len(_PYNAMES) < len(INDEXED_NAMES):
        for name in INDEXED_NAMES:
            _PYNAMES["C_" + py_ident(name)] = key(name)
    found = _PYNAMES.get(pyname)
    if found is None:
        for k, spec in list(dict.items(COMMANDS)):
            _PYNAMES[spec.pyname] = k
        found = _PYNAMES.get(pyname)
    return COMMANDS.get(found) if found is not None else None


_PYNAMES: dict[str, str] = {}


def all_commands() -> list[CommandSpec]:
    """Every command, its module imported if it was not (docs, completion, "did you mean")."""
    COMMANDS.load_all()
    return list(COMMANDS.values())


def lookup_constant(name: str):
    return CONSTANTS.get(key(name))


def constant_ids(table: dict[str, str]) -> None:
    """Register editor ids of constants: {"8:3": "Is text", ...} (names already registered)."""
    for kid, name in table.items():
        CONSTANT_IDS[kid] = key(name)


def lookup_constant_id(kid: str):
    """The constant an editor token `:Kt:n` designates ("t:n"), or None."""
    found = CONSTANT_IDS.get(kid)
    return CONSTANTS.get(found) if found is not None else None


def special_doc(name: str) -> str:
    return _SPECIAL_DOCS.get(key(name), "")


_DOC_LINE = re.compile(r"\s+")


def summary(spec: CommandSpec) -> str:
    first = spec.doc.split("\n\n")[0]
    return _DOC_LINE.sub(" ", first).strip()
