"""4D.DataStoreImplementation: `ds`, its dataclasses, transactions, attribute paths.

Stage: data layer, ORDA API (docs/API/DataStoreClass.md). One datastore
is open per run (see opening.py); `ds` returns it, or an empty datastore
when the project has no catalog. Attribute paths ("employer.name",
"extra.tags[].label") are resolved here for queries, sorts, aggregates
and aliases.
"""

from __future__ import annotations

import threading

from runtime.codes import err
from runtime.functions import bound_native
from runtime.native import Native
from runtime.values import UNDEF, Coll, Obj
from stdlib_4d.collection.base import get_path
from stdlib_4d.data.model import ALIAS, COMPUTED, RELN, STORAGE
from stdlib_4d.data.privileges import run_function


class DataStore(Native):
    """The datastore of the running project."""

    class_path = "4D.DataStoreImplementation"

    def __init__(self, backend, model=None) -> None:
        self.backend = backend
        self.model = model
        self.dataclasses: dict = {}
        self.cls4d = None  # cs.DataStore
        self.alterable_default = False
        self._computing = threading.local()
        self.flush_locks = 0
        self.description = ""

    @property
    def computing(self) -> set:
        s = getattr(self._computing, "marks", None)
        if s is None:
            s = self._computing.marks = set()
        return s

    @property
    def class_name(self) -> str:
        return "DataStore"

    def __repr__(self) -> str:
        return "[DataStore]"

    # ------------------------------------------------------------------ 4D protocol

    def get4d(self, name: str):
        dc = self.dataclasses.get(name)
        if dc is not None:
            return dc
        cls = self.cls4d
        if cls is not None:
            found = cls.lookup(name)
            if found is not None and found[0] == "function":
                return found[1]
        fn = DATASTORE_FUNCS.get(name)
        if fn is not None:
            return bound_native(self, name, fn)
        return UNDEF

    def set4d(self, name: str, value) -> None:
        raise err("read_only", name=name)

    def call4d(self, name: str, args4d: tuple):
        fn = DATASTORE_FUNCS.get(name)
        if fn is not None:
            return fn(self, *args4d)
        cls = self.cls4d
        if cls is not None:
            found = cls.lookup(name)
            if found is not None and found[0] == "function":
                fn = found[1]
                return run_function("ds", name, lambda: fn.py(self, *args4d))
        raise err("not_a_function", name=name)

    def keys4d(self) -> list[str]:
        return list(self.dataclasses)

    def json_items4d(self) -> list:
        return [(n, Obj(dataClass=n)) for n in self.dataclasses]

    # ------------------------------------------------------------------ attribute paths

    def resolve_path(self, dc, parts: list[str], who: str = "", quiet: bool = False) -> list:
        """The attributes along a path, aliases expanded; an object attribute ends it."""
        out: list = []
        current = dc
        i = 0
        parts = list(parts)
        depth = 0
        while i < len(parts):
            name = _plain_name(parts[i])
            a = current.attrs.get(name) if current is not None else None
            if a is None:
                if quiet:
                    return []
                raise err("orda_no_attribute", name=".".join(parts), dataclass=dc.name)
            if a.kind == ALIAS:
                depth += 1
                if depth > 32:
                    raise err("orda_recursive", name=a.name)
                parts[i:i + 1] = a.path.split(".")
                continue
            out.append(a)
            if a.kind == STORAGE or a.kind == COMPUTED:
                break
            current = self.dataclasses[a.target]
            i += 1
        return out

    def path_values(self, entity, parts: list[str]) -> list:
        """Every value a path designates from an entity (1->N relations give several)."""
        current = [entity]
        parts = list(parts)
        i = 0
        depth = 0
        from stdlib_4d.data.entity import Entity

        while i < len(parts) and current:
            name, mode = _segment(parts[i])
            found = []
            for v in current:
                if isinstance(v, Entity):
                    a = v.dc.attrs.get(name)
                    if a is None:
                        raise err("orda_no_attribute", name=".".join(parts), dataclass=entity.dc.name)
                    if a.kind == ALIAS and depth < 32:
                        depth += 1
                        parts[i:i + 1] = a.path.split(".")
                        found = None
                        break
                    x = v.read(a)
                    if a.kind == RELN:
                        found.extend(x.entities())
                    elif x is not None:
                        found.append(x)
                    elif i == len(parts) - 1:
                        found.append(None)
                else:
                    x = get_path(v, [name])
                    if mode == "all" and isinstance(x, Coll):
                        found.extend(list.copy(x))
                    else:
                        found.append(x)
            if found is None:
                continue
            current = found
            i += 1
        return current


def _segment(part: str) -> tuple[str, str | None]:
    name = _plain_name(part)
    if part.endswith("[]"):
        return name, "all"
    return name, None


def _plain_name(part: str) -> str:
    if "{" in part:
        part = part[:part.index("{")]
    if "[" in part:
        part = part[:part.index("[")]
    return part


# ---------------------------------------------------------------- member functions


def _start(store: DataStore):
    store.backend.begin()


def _validate(store: DataStore):
    store.backend.commit()


def _cancel(store: DataStore):
    store.backend.rollback()


def _get_info(store: DataStore):
    return Obj(type="4D", networked=False, localID="")


def _make_alterable(store: DataStore):
    store.alterable_default = True


def _encryption_status(store: DataStore):
    tables = Obj()
    for name, dc in store.dataclasses.items():
        tables[name] = Obj(name=name, num=float(dc.table.number), isEncryptable=False, isEncrypted=False)
    return Obj(isEncrypted=False, keyProvided=False, tables=tables)


def _flush_and_lock(store: DataStore):
    store.flush_locks += 1


def _unlock(store: DataStore):
    if store.flush_locks:
        store.flush_locks -= 1


DATASTORE_FUNCS = {
    "startTransaction": _start, "validateTransaction": _validate, "cancelTransaction": _cancel,
    "getInfo": _get_info, "makeSelectionsAlterable": _make_alterable,
    "encryptionStatus": _encryption_status,
    "flushAndLock": _flush_and_lock, "unlock": _unlock, "locked": lambda s: s.flush_locks > 0,
    "isAdminProtected": lambda s: False, "setAdminProtection": lambda s, status: None,
    "getRequestLog": lambda s: Coll(), "startRequestLog": lambda s, *a: None, "stopRequestLog": lambda s: None,
    "getAllRemoteContexts": lambda s: Coll(), "getRemoteContextInfo": lambda s, name: None,
    "clearAllRemoteContexts": lambda s: None, "setRemoteContextInfo": lambda s, *a: None,
}
DataStore.funcs4d = DATASTORE_FUNCS
DataStore.funcs4d_first = True  # call4d tries funcs4d first
