"""Units: one source file's items grouped into a method or a class.

Stage: after the builder, before the checker. A file whose top level holds
Class/Function/property items is a class (its body statements belong to the
function above them); any other file is a method, whose `#DECLARE` must be
its first statement.
"""

from __future__ import annotations

import os

from interpreter.compiler import nodes as n
from runtime.errors import CompileError

_MEMBER_TYPES = (n.ClassExtends, n.FunctionDef, n.PropertyDecl, n.AliasDef)


def is_class_items(items: list[n.Node]) -> bool:
    return any(isinstance(i, _MEMBER_TYPES) for i in items)


def make_unit(items: list[n.Node], path: str, name: str, lines: list[str]) -> n.Unit:
    """Group parsed items; raise CompileError for misplaced items."""
    unit = n.Unit(1, 1, path)
    errors: list[CompileError] = []

    def bad(msg: str, node: n.Node) -> None:
        src = lines[node.line - 1] if 0 < node.line <= len(lines) else ""
        errors.append(CompileError(msg, path, node.line, node.col, src, kind="error"))

    # An empty or comment-only file in Classes/ is a class with no members, as in 4D
    # (a new class starts as an empty file); elsewhere it is an empty method.
    if is_class_items(items) or (not items and os.path.basename(os.path.dirname(path)) == "Classes"):
        unit.cls = _make_class(items, name, bad)
    else:
        unit.method = _make_method(items, name, bad)
    unit.errors = errors
    return unit


def _make_method(items: list[n.Node], name: str, bad) -> n.FunctionDef:
    params: list[n.Param] = []
    result = None
    body: list[n.Stmt] = []
    for i, item in enumerate(items):
        if isinstance(item, n.Declare):
            if i != 0:
                bad("#DECLARE must be the first line of the method", item)
                continue
            params, result = item.params, item.result
            continue
        body.append(item)
    return n.FunctionDef(1, 1, "method", name, params, result, body)


def _make_class(items: list[n.Node], name: str, bad) -> n.ClassDef:
    cls = n.ClassDef(1, 1, name, None, None, [], [])
    current: n.FunctionDef | None = None
    seen: dict[str, n.Node] = {}
    for item in items:
        if isinstance(item, n.ClassExtends):
            if cls.parent is not None:
                bad("Class extends can only appear once", item)
            elif item.parent.name == name:
                bad(f"The class {name} cannot extend itself", item)
            cls.parent = item.parent
            current = None
        elif isinstance(item, n.PropertyDecl):
            for prop in item.names:
                if prop in seen:
                    bad(f"{prop} is already defined in this class", item)
                seen[prop] = item
            if item.init is not None and len(item.names) > 1:
                bad("Only one property can be declared with an initial value", item)
            cls.properties.append(item)
            current = None
        elif isinstance(item, n.AliasDef):
            if item.name in seen:
                bad(f"{item.name} is already defined in this class", item)
            seen[item.name] = item
            cls.aliases.append(item)
            current = None
        elif isinstance(item, n.FunctionDef):
            current = item
            if item.kind == "constructor":
                if cls.constructor is not None:
                    bad("A class can have only one Class constructor", item)
                cls.constructor = item
                cls.modifiers = item.modifiers
            else:
                if item.kind == "event":
                    _check_event(item, bad)
                key = (item.kind if item.kind != "function" else "") + item.name
                if item.kind == "function" and item.name in seen:
                    bad(f"{item.name} is already defined in this class", item)
                if item.kind != "function" and key in seen:
                    bad(f"{item.kind} {item.name} is already defined in this class", item)
                seen[key if item.kind != "function" else item.name] = item
                cls.functions.append(item)
        elif isinstance(item, n.Declare):
            bad("#DECLARE cannot be used in a class (declare parameters in Function)", item)
        elif current is None:
            bad("Statements must be inside a Function or Class constructor", item)
        else:
            current.body.append(item)
    return cls


# ORDA entity events (docs/ORDA/orda-events.md): `Function event <kind> {attribute}($event)`.
EVENT_KINDS = ("touched", "validateSave", "saving", "afterSave", "validateDrop", "dropping", "afterDrop")
_EVENT_BY_LOWER = {k.lower(): k for k in EVENT_KINDS}


def _check_event(item: n.FunctionDef, bad) -> None:
    """Give an event function its canonical name ("touched name", "afterSave"), or report it."""
    words = item.name.split()
    kind = _EVENT_BY_LOWER.get(words[0].lower())
    if kind is None:
        bad(f"Unknown ORDA event \"{words[0]}\" (expected one of: {', '.join(EVENT_KINDS)})", item)
        return
    if len(words) > 2:
        bad(f"An ORDA event names one attribute at most: event {kind} {' '.join(words[1:])}", item)
        return
    if len(words) == 2 and kind in ("afterSave", "afterDrop"):
        bad(f"The ORDA event {kind} is entity-level only: it takes no attribute name", item)
        return
    item.name = " ".join([kind, *words[1:]])
