"""docs/commands.md: the reference of what run4d knows, made from the registries.

Stage: tooling on top of the runtime registries (runtime/registry.py for
commands and constants, runtime/classes.py BUILTIN_STORE for built-in
classes, runtime/access.py COLLECTION_FUNCS for 4D.Collection). It only
reads them. Regenerate the page with

    python -m interpreter.docgen.commands > docs/commands.md

tests/test_commands_doc.py fails when the page is out of date. The output
depends on nothing but the registries (sorted, no dates), so it is stable.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable, Iterable
from typing import Any

REGENERATE = "python -m interpreter.docgen.commands > docs/commands.md"
_SPACES = re.compile(r"\s+")


def _load() -> None:
    import stdlib_4d

    stdlib_4d.load_all()  # every command, constant and built-in class (modules load lazily otherwise)


def _cell(text: str) -> str:
    """Text safe inside a Markdown table cell."""
    return text.replace("\\", "\\\\").replace("|", "\\|")


def _first_paragraph(doc: str | None) -> str:
    return _SPACES.sub(" ", (doc or "").strip().split("\n\n")[0]).strip()


def _sorted(names: Iterable[str]) -> list[str]:
    return sorted(names, key=lambda n: (n.lower(), n))


def _arity(lo: int, hi: int | None) -> str:
    if hi is None:
        return f"{lo} or more"
    return str(lo) if lo == hi else f"{lo} to {hi}"


def _value(value: Any) -> str:
    if type(value) is bool:
        return "True" if value else "False"
    if type(value) is float and value.is_integer():
        return str(int(value))
    if type(value) is str:
        return json.dumps(value, ensure_ascii=False)
    return repr(value)


def _commands() -> list[str]:
    from runtime.registry import COMMANDS, summary

    out = [
        "## Commands",
        "",
        f"{len(COMMANDS)} commands.",
        "",
        "| Command | Parameters | Result | Summary |",
        "| --- | --- | --- | --- |",
    ]
    for spec in sorted(COMMANDS.values(), key=lambda s: (s.name.lower(), s.name)):
        out.append(
            f"| {_cell(spec.name)} | {_arity(spec.min_args, spec.max_args)} | {spec.returns or ''}"
            f" | {_cell(summary(spec))} |"
        )
    return out


def _special() -> list[str]:
    from runtime.registry import SPECIAL, special_doc

    out = [
        "## Names compiled specially",
        "",
        "The compiler handles these itself (it reads their source).",
        "",
        "| Name | Summary |",
        "| --- | --- |",
    ]
    for name in _sorted(SPECIAL.values()):
        out.append(f"| {_cell(name)} | {_cell(special_doc(name))} |")
    return out


def _constants() -> list[str]:
    from runtime.registry import CONSTANTS

    out = ["## Constants", "", f"{len(CONSTANTS)} constants.", "", "| Constant | Value |", "| --- | --- |"]
    for name, value in sorted(CONSTANTS.values(), key=lambda nv: (nv[0].lower(), nv[0])):
        out.append(f"| {_cell(name)} | {_cell(_value(value))} |")
    return out


def _members(props: Iterable[str], setters: Iterable[str], funcs: dict[str, Callable[..., Any]]) -> list[str]:
    setters = set(setters)
    names = set(props) | setters
    rows = [
        f"| .{_cell(n)} | property | {'read-write' if n in setters else 'read-only'} |"
        for n in _sorted(names)
    ]
    rows += [
        f"| .{_cell(n)}() | function | {_cell(_first_paragraph(getattr(funcs[n], '__doc__', '')))} |"
        for n in _sorted(funcs)
    ]
    if not rows:
        return ["No built-in members."]
    return ["| Member | Kind | Notes |", "| --- | --- | --- |", *rows]


def _classes() -> list[str]:
    from runtime.access import COLLECTION_FUNCS
    from runtime.classes import BUILTIN_STORE

    described: dict[str, tuple[str, list[str]]] = {}
    for name, cls in BUILTIN_STORE.classes.items():
        py_type = getattr(cls, "native_type", None)
        if py_type is None:
            described[name] = ("", _members((), (), {}))
            continue
        doc = _first_paragraph(py_type.__doc__)
        described[name] = (doc, _members(py_type.props4d, py_type.setters4d, py_type.funcs4d))
    # Collections are Python lists, not Native objects: their members live in access.py
    described["Collection"] = (
        "A collection (also a shared collection).",
        _members(["length"], (), COLLECTION_FUNCS),
    )
    out = ["## Built-in classes", "", f"{len(described)} classes in the `4D` class store."]
    for name in _sorted(described):
        doc, members = described[name]
        out += ["", f"### 4D.{name}", ""]
        if doc:
            out += [doc, ""]
        out += members
    return out


def render() -> str:
    """The whole of docs/commands.md."""
    _load()
    parts = [
        [
            "# Commands, constants and classes",
            "",
            f"<!-- Generated from the registries by `{REGENERATE}`. Do not edit. -->",
            "",
            "Everything the run4d runtime registers: 4D commands with their number of",
            "parameters, the names the compiler handles itself, constants with their",
            "values, and the built-in classes with their members.",
        ],
        _commands(),
        _special(),
        _constants(),
        _classes(),
    ]
    return "\n\n".join("\n".join(p) for p in parts) + "\n"


def main() -> int:
    sys.stdout.write(render())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
