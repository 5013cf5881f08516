"""ORDA permissions: the `permissions` of the project's roles.json, checked for web sessions.

Stage: data layer, security (docs/ORDA/privileges.md). roles.json is read
once when the datastore opens. A permission action (read, create, update,
drop, execute, promote) set on the datastore applies to every dataclass;
one set on a dataclass replaces the datastore's; one set on an attribute
is required in addition to its dataclass's; one set on a function
("Dataclass.function" or "ds.function", type "method") replaces its
dataclass's execute. The checks run only while the current process
answers a web request within a session (`Session` is not Null): other
code (On Startup, workers, the command line) is not limited, as in 4D
where privileges belong to web and REST sessions. A session passes a check
when it holds one of the privileges listed (roles and `includes` expanded,
names compared case-insensitively), or one that a running function promotes.
A roles.json that cannot be read disables the protection and writes
Logs/Roles_Errors.json (removed once the file is fine again).
"""

from __future__ import annotations

import json
import os

from runtime.codes import err
from runtime.process import current

ACTIONS = ("read", "create", "update", "drop", "execute", "promote")
TYPES = ("datastore", "dataclass", "attribute", "method", "singleton", "singletonMethod")

# The permissions in force (None: roles.json absent, without permissions, or unreadable).
ACTIVE: list = [None]


class Permissions:
    """The `permissions.allowed` rules of roles.json, indexed by resource."""

    def __init__(self) -> None:
        self.ds: dict[str, set[str]] = {}
        self.dataclasses: dict[str, dict[str, set[str]]] = {}
        self.attributes: dict[str, dict[str, set[str]]] = {}  # "Dataclass.attribute"
        self.methods: dict[str, dict[str, set[str]]] = {}  # "Dataclass.function", "ds.function"

    def add(self, kind: str, target: str, actions: dict[str, set[str]]) -> None:
        table = {"datastore": None, "dataclass": self.dataclasses, "attribute": self.attributes,
                 "method": self.methods, "singleton": self.methods, "singletonMethod": self.methods}[kind]
        if table is None:
            for action, names in actions.items():
                self.ds.setdefault(action, set()).update(names)
            return
        rules = table.setdefault(target, {})
        for action, names in actions.items():
            rules.setdefault(action, set()).update(names)

    # ------------------------------------------------------------------ resolution

    def for_dataclass(self, dc_name: str, action: str) -> set[str] | None:
        """The privileges that grant `action` on a dataclass (None: not restricted)."""
        own = self.dataclasses.get(dc_name)
        if own is not None and action in own:
            return own[action]
        return self.ds.get(action)

    def for_method(self, owner: str, fn: str) -> set[str] | None:
        own = self.methods.get(f"{owner}.{fn}")
        if own is not None and "execute" in own:
            return own["execute"]
        if owner == "ds":
            return self.ds.get("execute")
        return self.for_dataclass(owner, "execute")

    def promoted_by(self, owner: str, fn: str) -> set[str]:
        own = self.methods.get(f"{owner}.{fn}")
        return own.get("promote", set()) if own is not None else set()


def load(root: str | None, logs_folder: str | None) -> Permissions | None:
    """Read the permissions of `root`'s roles.json (and make them those in force)."""
    ACTIVE[0] = None
    if not root:
        return None
    path = None
    for rel in (("Project", "Sources"), ("Sources",), ()):
        candidate = os.path.join(root, *rel, "roles.json")
        if os.path.isfile(candidate):
            path = candidate
            break
    if path is None:
        return None
    errors_file = os.path.join(logs_folder, "Roles_Errors.json") if logs_folder else None
    try:
        perms = parse(path)
    except ValueError as e:
        _write_errors(errors_file, path, str(e))
        return None
    if errors_file and os.path.isfile(errors_file):
        try:
            os.remove(errors_file)
        except OSError:
            pass  # a stale errors file that cannot be removed does not block the datastore
    ACTIVE[0] = perms
    return perms


def parse(path: str) -> Permissions | None:
    """The permissions of a roles.json file; ValueError saying what is wrong."""
    try:
        with open(path, encoding="utf-8-sig") as fh:
            data = json.load(fh)
    except OSError as e:
        raise ValueError(f"cannot read {path}: {e.strerror}") from None
    except json.JSONDecodeError as e:
        raise ValueError(f"line {e.lineno}, column {e.colno}: {e.msg}") from None
    if not isinstance(data, dict):
        raise ValueError("the file must hold an object")
    section = data.get("permissions")
    if section is None:
        return None
    if not isinstance(section, dict) or not isinstance(section.get("allowed", []), list):
        raise ValueError("\"permissions\" must be an object whose \"allowed\" is a collection")
    perms = Permissions()
    for i, rule in enumerate(section.get("allowed", [])):
        if not isinstance(rule, dict):
            raise ValueError(f"permissions.allowed[{i}] must be an object")
        kind, target = rule.get("type"), rule.get("applyTo")
        if kind not in TYPES:
            raise ValueError(f"permissions.allowed[{i}].type: unknown resource type {kind!r}")
        if not isinstance(target, str) or not target:
            raise ValueError(f"permissions.allowed[{i}].applyTo must be a text")
        actions = {}
        for action in ACTIONS:
            names = rule.get(action)
            if names is None:
                continue
            if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
                raise ValueError(f"permissions.allowed[{i}].{action} must be a collection of texts")
            actions[action] = {n.lower() for n in names}
        perms.add(kind, target, actions)
    return perms


def _write_errors(errors_file: str | None, path: str, message: str) -> None:
    if not errors_file:
        return
    try:
        os.makedirs(os.path.dirname(errors_file), exist_ok=True)
        with open(errors_file, "w", encoding="utf-8") as fh:
            json.dump({"file": path, "errors": [{"message": message}]}, fh, indent=2)
    except OSError:
        pass  # the report of a bad roles.json is best effort; protection is off either way


# ---------------------------------------------------------------- checks


def _session_privileges(session) -> set[str]:
    proc = current()
    names = {n.lower() for n in session.sessions.expand(set(session.privileges))}
    promoted = getattr(proc, "promoted_privileges", None)
    if promoted:
        names |= {n.lower() for n in session.sessions.expand(set(promoted))}
    return names


def _session():
    return getattr(current(), "web_session", None)


def _passes(session, needed: set[str] | None) -> bool:
    return needed is None or bool(needed & _session_privileges(session))


def _restricted():
    """(permissions, session) when permissions apply to the running code: roles.json is active
    and the code answers a web request in a session; else (None, None)."""
    perms = ACTIVE[0]
    if perms is None:
        return None, None
    session = _session()
    return (perms, session) if session is not None else (None, None)


def check_dataclass(dc, action: str) -> None:
    """Raise the privilege error when the session may not `action` the dataclass."""
    perms, session = _restricted()
    if session is None:
        return
    if not _passes(session, perms.for_dataclass(dc.name, action)):
        raise err("orda_no_permission", action=action, dataclass=dc.name)


def may_read_attribute(dc, name: str) -> bool:
    """Can the session read the attribute (its dataclass's read and its own)?"""
    perms, session = _restricted()
    if session is None:
        return True
    if not _passes(session, perms.for_dataclass(dc.name, "read")):
        return False
    own = perms.attributes.get(f"{dc.name}.{name}")
    return own is None or _passes(session, own.get("read"))


def check_attribute(dc, name: str, action: str) -> None:
    perms, session = _restricted()
    if session is None:
        return
    if not _passes(session, perms.for_dataclass(dc.name, action)):
        raise err("orda_no_permission", action=action, dataclass=dc.name)
    own = perms.attributes.get(f"{dc.name}.{name}")
    if own is not None and not _passes(session, own.get(action)):
        raise err("orda_no_attribute_permission", action=action, dataclass=dc.name, name=name)


def run_function(owner: str, fn_name: str, call):
    """Call a data model class function under its execute and promote permissions."""
    perms, session = _restricted()
    if session is None:
        return call()
    if not _passes(session, perms.for_method(owner, fn_name)):
        raise err("orda_no_execute_permission", name=fn_name, dataclass=owner)
    promoted = perms.promoted_by(owner, fn_name)
    if not promoted:
        return call()
    proc = current()
    before = getattr(proc, "promoted_privileges", None)
    proc.promoted_privileges = set(before or ()) | promoted  # this process only, while the function runs
    try:
        return call()
    finally:
        proc.promoted_privileges = before
