"""Design Object Access: METHOD GET PATHS, METHOD GET NAMES, METHOD GET CODE, METHOD Get path, METHOD RESOLVE PATH.

Stage: library. Unit-test frameworks list a project's classes and methods and
read their code (tags in comments). The loaded methods and classes come from
the program (runtime.hooks.design_objects); project forms and triggers, which
run4d does not load, are listed from the project's Sources folder. Code is
returned as 4D returns it: lines separated by carriage returns.
"""

from __future__ import annotations

import json
import os
import re

from runtime import appcontext, hooks, textcmp
from runtime.arrays import Array4D
from runtime.codes import err
from runtime.registry import command
from runtime.support import out_target
from runtime.values import STAR, UNDEF, Pointer
from stdlib_4d import args
from stdlib_4d.arrays.base import array_arg, out_array

PROJECT_METHOD, DATABASE_METHOD, PROJECT_FORM, TRIGGER, TABLE_FORM, CLASS = 1, 2, 4, 8, 16, 32
ALL_OBJECTS = -1
_PREFIXES = {"[databaseMethod]": DATABASE_METHOD, "[projectForm]": PROJECT_FORM, "[trigger]": TRIGGER,
             "[tableForm]": TABLE_FORM, "[class]": CLASS}
DATABASE_METHODS = (
    "onStartup", "onExit", "onDrop", "onBackupStartup", "onBackupShutdown", "onWebConnection",
    "onWebAuthentication", "onWebSessionSuspend", "onServerStartup", "onServerShutdown",
    "onServerOpenConnection", "onServerCloseConnection", "onSystemEvent", "onSqlAuthentication",
    "onHostDatabaseEvent", "onRESTAuthentication", "onMobileAppAuthentication", "onMobileAppAction",
)
# Editor tokens: Name:C123 (command), Name:K12:3 (constant), [Table:2], [Table]Field:3, Plugin:P1:2.
_TOKEN = re.compile(r"(?<=[\w\])]):(?:C\d+|K\d+:\d+|P\d+(?::\d+)?)\b|(?<=\[)([^\]:]+):\d+(?=\])|(?<=\])(\w+):\d+\b")


def objects() -> dict[str, tuple[int, str]]:
    """Every method path of the project: loaded methods and classes, forms and triggers on disk."""
    found = dict(hooks.design_objects())
    sources = appcontext.current().sources_folder
    forms = os.path.join(sources, "Forms")
    for form in _entries(forms):
        folder = os.path.join(forms, form)
        if os.path.isfile(os.path.join(folder, "method.4dm")):
            found[f"[projectForm]/{form}/{{formMethod}}"] = (PROJECT_FORM, os.path.join(folder, "method.4dm"))
        for obj in _entries(os.path.join(folder, "ObjectMethods")):
            if obj.endswith(".4dm"):
                found[f"[projectForm]/{form}/{obj[:-4]}"] = (PROJECT_FORM, os.path.join(folder, "ObjectMethods", obj))
    triggers = os.path.join(sources, "Triggers")
    for name in _entries(triggers):
        if name.endswith(".4dm"):
            found[f"[trigger]/{name[:-4]}"] = (TRIGGER, os.path.join(triggers, name))
    return found


def _entries(folder: str) -> list[str]:
    try:
        return sorted(os.listdir(folder))
    except OSError:
        return []


def code_of(path: str, tokens: bool) -> str:
    """The code of the method at a 4D path, as METHOD GET CODE gives it."""
    entry = objects().get(path)
    if entry is None:
        raise err("design_path", path=path)
    text = hooks.source_of(entry[1])
    if text is None:
        try:
            with open(entry[1], encoding="utf-8-sig") as fh:
                text = fh.read()
        except OSError:
            raise err("design_path", path=path) from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not tokens:
        text = "\n".join(_without_tokens(line) for line in text.split("\n"))
    return text.replace("\n", "\r")


def _without_tokens(line: str) -> str:
    """A line with its editor tokens removed, text literals and comments left alone."""
    out, rest = [], line
    while rest:
        quote, comment = rest.find('"'), rest.find("//")
        if comment != -1 and (quote == -1 or comment < quote):
            out.append(_TOKEN.sub(_keep_name, rest[:comment]) + rest[comment:])
            break
        if quote == -1:
            out.append(_TOKEN.sub(_keep_name, rest))
            break
        end = rest.find('"', quote + 1)
        while end != -1 and rest[end - 1] == "\\":
            end = rest.find('"', end + 1)
        end = len(rest) - 1 if end == -1 else end
        out.append(_TOKEN.sub(_keep_name, rest[:quote]) + rest[quote:end + 1])
        rest = rest[end + 1:]
    return "".join(out)


def _keep_name(m: re.Match) -> str:
    return m.group(1) or m.group(2) or ""


def _star(value, cmd: str, index: int) -> None:
    if value is not UNDEF and value is not STAR:
        raise err("bad_param_type", index=index, callee=cmd, detail="* expected")


def _folder_methods(name: str) -> set[str] | None:
    """The methods (and classes, as [class]/Name) of an Explorer folder and its subfolders."""
    try:
        with open(os.path.join(appcontext.current().sources_folder, "folders.json"), encoding="utf-8") as fh:
            folders = json.load(fh)
    except (OSError, ValueError):
        return None
    if name not in folders:
        return None
    found: set[str] = set()
    pending, seen = [name], set()
    while pending:
        folder = pending.pop()
        if folder in seen or not isinstance(folders.get(folder), dict):
            continue
        seen.add(folder)
        content = folders[folder]
        found |= set(content.get("methods", []))
        found |= {f"[class]/{c}" for c in content.get("classes", [])}
        found |= {f"[projectForm]/{f}/" for f in content.get("forms", [])}
        pending += content.get("groups", [])
    return found


@command("METHOD GET PATHS", outputs=(2, 3))
def method_get_paths(first, second, third=UNDEF, fourth=UNDEF, fifth=UNDEF):
    """METHOD GET PATHS({folderName;} methodType; arrPaths{; stamp}{; *}): the paths of the
    project's methods of the given types (Path project method + Path class...), sorted."""
    cmd = "METHOD GET PATHS"
    folder = None
    if isinstance(first, str) or (type(first) is Pointer and isinstance(first.get(), str)):
        folder = args.text(first.get() if type(first) is Pointer else first, cmd, 1)
        selector, target, rest = second, third, (fourth, fifth)
    else:
        selector, target, rest = first, second, (third, fourth)
    kinds = args.integer(selector.get() if type(selector) is Pointer else selector, cmd, 2 if folder else 1)
    for value in rest:
        if value is not UNDEF and value is not STAR and type(value) is not Pointer:
            args.number(value, cmd, 4 if folder else 3)  # stamp: every method counts as modified
    members = _folder_methods(folder) if folder is not None else None
    paths = []
    for path, (kind, _file) in objects().items():
        if kinds != ALL_OBJECTS and not kinds & kind:
            continue
        if members is not None and path not in members and \
                not any(m.endswith("/") and path.startswith(m) for m in members):
            continue
        paths.append(path)
    if folder is not None and members is None:
        paths = []
    a = out_array(target, cmd, 3 if folder else 2, "text")
    a.set_values(sorted(paths, key=str.lower))
    for value in rest:
        if type(value) is Pointer and not isinstance(value.get(), Array4D):
            value.set(float(len(paths)))  # the stamp's new value: run4d counts one stamp per object


@command("METHOD GET NAMES", outputs=(1,))
def method_get_names(names, filter_=UNDEF, star=UNDEF):
    """METHOD GET NAMES(arrNames{; filter}{; *}): the project methods' names (filter with @), sorted."""
    cmd = "METHOD GET NAMES"
    pattern = "@" if filter_ is UNDEF else args.text(filter_, cmd, 2)
    _star(star, cmd, 3)
    found = [path for path, (kind, _f) in objects().items() if kind == PROJECT_METHOD]
    matching = sorted((n for n in found if textcmp.equal(n, pattern)), key=str.lower)
    out_array(names, cmd, 1, "text").set_values(matching)


@command("METHOD GET CODE", outputs=(2,))
def method_get_code(path, code, option=UNDEF, star=UNDEF):
    """METHOD GET CODE(path; code{; option}{; *}): the code of a method (text), or of several
    (text arrays); option 1 (Code with tokens) keeps the editor tokens of the file."""
    cmd = "METHOD GET CODE"
    tokens = False
    if option is STAR:
        option, star = UNDEF, STAR
    if option is not UNDEF:
        tokens = args.integer(option, cmd, 3) == 1
    _star(star, cmd, 4)
    held = path.get() if type(path) is Pointer else path
    if type(held) is Array4D:
        texts = [code_of(p, tokens) for p in array_arg(held, cmd, 1).values()]
        out_array(code, cmd, 2, "text").set_values(texts)
        return
    text = code_of(args.text(held, cmd, 1), tokens)
    target = out_target(code)
    if type(target) is Pointer:
        if type(target.get()) is Array4D:
            raise err("bad_param_type", index=2, callee=cmd, detail="a text is expected when the path is a text")
        target.set(text)


@command("METHOD Get path", returns="text")
def method_get_path(method_type, *rest):
    """METHOD Get path(methodType{; aTable}{; objectName{; formObjectName}}{; *}): a method's path."""
    cmd = "METHOD Get path"
    kind = args.integer(method_type, cmd, 1)
    names = [args.text(v, cmd, i) for i, v in enumerate(rest, 2) if v is not STAR and v is not UNDEF]
    if kind == PROJECT_METHOD:
        return names[0] if names else ""
    if kind == CLASS:
        return f"[class]/{names[0]}" if names else ""
    if kind == DATABASE_METHOD:
        name = names[0] if names else ""
        canonical = next((d for d in DATABASE_METHODS if d.lower() == name.lower()), None)
        if canonical is None:
            raise err("design_name", name=name)
        return f"[databaseMethod]/{canonical}"
    if kind == PROJECT_FORM:
        return f"[projectForm]/{names[0]}/" + (names[1] if len(names) > 1 else "{formMethod}") if names else ""
    if kind in (TRIGGER, TABLE_FORM):
        raise err("bad_param_type", index=2, callee=cmd, detail="run4d has no table references for triggers "
                                                                 "and table forms")
    raise err("bad_param_type", index=1, callee=cmd, detail=f"{kind} is not a method type")


@command("METHOD RESOLVE PATH", outputs=(2, 3, 4, 5))
def method_resolve_path(path, method_type, table, object_name, form_object_name, star=UNDEF):
    """METHOD RESOLVE PATH(path; methodType; ptrTable; objectName; formObjectName{; *}): the parts of a path."""
    cmd = "METHOD RESOLVE PATH"
    text = args.text(path, cmd, 1)
    _star(star, cmd, 6)
    kind, name, obj = PROJECT_METHOD, "", ""
    prefix, _, rest = text.partition("/")
    if prefix in _PREFIXES:
        kind = _PREFIXES[prefix]
        parts = rest.split("/")
        if kind == TABLE_FORM:
            parts = parts[1:]  # the table: run4d gives a Nil pointer
        name = parts[0] if parts else ""
        obj = parts[1] if len(parts) > 1 and parts[1] != "{formMethod}" else ""
    else:
        name = text  # a project method's path is its name
    for target, value in ((method_type, float(kind)), (table, None), (object_name, name),
                          (form_object_name, obj)):
        held = out_target(target)
        if type(held) is Pointer:
            held.set(value)
