"""Names the editor offers: commands with their syntax, constants, keywords, types.

Stage: editor support, reading the registries. A command's syntax is written
the way 4D's documentation writes it, from the signature of the Python
function that implements it (parameters with a default are optional,
`*args` any number); its summary is the first paragraph of its doc string.
The commands of 4D's catalog (runtime/catalog.py) that run4d does not
implement are offered too, marked as such, with their theme.
"""

from __future__ import annotations

import inspect
from dataclasses import dataclass
from functools import lru_cache

from interpreter.compiler.lexer import KEYWORDS
from runtime import registry

TYPES = ["Text", "Integer", "Real", "Boolean", "Date", "Time", "Object", "Collection", "Variant",
         "Blob", "Picture", "Pointer"]
_RETURNS = {"real": "Real", "text": "Text", "boolean": "Boolean", "collection": "Collection",
            "object": "Object", "date": "Date", "time": "Time", "integer": "Integer"}


@dataclass(frozen=True)
class CommandInfo:
    name: str
    syntax: str  # Substring(text; start {; length}) : Text
    params: tuple[str, ...]  # the parameters' names, as signature help shows them
    summary: str
    implemented: bool
    returns: str | None  # "Text", "Collection"... (None: nothing or unknown)


def _param_texts(fn) -> tuple[tuple[str, bool], ...]:
    """(name, optional) of each parameter; `*args` reads `name...`."""
    out: list[tuple[str, bool]] = []
    try:
        sig = inspect.signature(fn)
    except (TypeError, ValueError):
        return ()
    for p in sig.parameters.values():
        if p.kind is p.VAR_POSITIONAL:
            out.append((f"{p.name}...", True))
        elif p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD):
            out.append((p.name, p.default is not p.empty))
    return tuple(out)


def syntax_of(name: str, params: tuple[tuple[str, bool], ...], returns: str | None) -> str:
    """As 4D's documentation writes it: Substring(source; firstChar {; numChars}) : Text."""
    text = name
    if params:
        parts = []
        for i, (pname, optional) in enumerate(params):
            sep = "" if i == 0 else "; "
            parts.append(f"{{{sep}{pname}}}" if optional else f"{sep}{pname}")
        text += "(" + " ".join(p for p in parts).replace(" ;", ";").replace("} {", "}{") + ")"
    return text + (f" : {returns}" if returns else "")


@lru_cache(maxsize=1)
def commands() -> dict[str, CommandInfo]:
    """Every command the editor should know, by registry key."""
    import stdlib_4d  # noqa: F401  (registers the commands)

    out: dict[str, CommandInfo] = {}
    for spec in registry.all_commands():  # every module imported: the registry fills on demand
        k = registry.key(spec.name)
        params = _param_texts(spec.fn)
        returns = _RETURNS.get(spec.returns or "")
        out[k] = CommandInfo(spec.name, syntax_of(spec.name, params, returns), tuple(p for p, _o in params),
                             registry.summary(spec), True, returns)
    for k, name in registry.SPECIAL.items():
        if name in ("This", "Super", "Null", "True", "False", "cs"):
            continue
        doc = registry.special_doc(name)
        out[k] = CommandInfo(name, name, (), " ".join(doc.split()), True, None)
    from runtime import catalog as names

    for k, entry in names.entries().items():
        if k not in out and entry.theme != names.FORMER_NAME:
            theme = entry.theme.replace("_", " ")
            number = f" (command {entry.number})" if entry.number else ""
            out[k] = CommandInfo(entry.name, entry.name, (), f"4D command, theme {theme}{number}.", False, None)
    return out


def command(name: str) -> CommandInfo | None:
    return commands().get(registry.key(name))


@lru_cache(maxsize=1)
def constant_themes() -> dict[str, str]:
    """Constant key -> its theme (from the constant tables)."""
    from stdlib_4d.constant_tables import read_tables

    return {registry.key(row["name"]): row.get("theme", "") for row in read_tables()}


def constants() -> list[tuple[str, object]]:
    return list(registry.CONSTANTS.values())


def constant(name: str):
    return registry.lookup_constant(name)


def show_value(value) -> str:
    """A constant's value as 4D writes it: 2, 1.5, "text", True."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return str(value)


def keywords() -> list[str]:
    """Keywords as the 4D editor writes them: If, End if, For each, Class constructor..."""
    lower = {"return", "break", "continue", "var", "property"}  # 4D writes these in lower case
    out = [k if k in lower else k[0].upper() + k[1:] for k in KEYWORDS]
    return out + ["#DECLARE", "This", "Super", "Null", "True", "False", "shared", "singleton"]
