"""Opening the datastore of a project, and the `ds` command.

Stage: data layer, entry point. `open_datastore()` is the API the command
line and tests use: it reads the catalog, chooses the back-end (a
PostgreSQL connection string, a SQLite file, by default Data/data.sqlite
in the project, or a temporary database with dataless=True), brings the
schema in step and binds the ORDA classes (cs.DataStore, cs.<Table>,
cs.<Table>Entity, cs.<Table>Selection) into the program's class store.
The connection string may also come from the RUN4D_DATASTORE variable or
from Settings/run4d.json ({"datastore": "postgresql://..."}) in the project.
"""

from __future__ import annotations

import json
import os
import sys
import threading

from runtime import hooks, lifecycle
from runtime.classes import BUILTIN_STORE, Class4D, register_builtin
from runtime.codes import err
from runtime.registry import command
from stdlib_4d.data import model as attrs_mod
from stdlib_4d.data import privileges
from stdlib_4d.data.backends import Backend, BackendError, SQLiteBackend
from stdlib_4d.data.catalog import CatalogError, Model, find_catalog, read_catalog
from stdlib_4d.data.dataclass import DataClass
from stdlib_4d.data.entity import Entity
from stdlib_4d.data.events import EventEntity, has_hooks, unknown_attributes
from stdlib_4d.data.schema import TableLayout, migrate
from stdlib_4d.data.selection import EntitySelection
from stdlib_4d.data.store import DataStore

ENV = "RUN4D_DATASTORE"

_current: dict = {"store": None}
_guard = threading.Lock()


class NullBackend(Backend):
    """No database: transactions are counted per process, nothing is stored."""

    kind = "none"

    def connect(self):
        return _NullConnection()


class _NullConnection:
    def execute(self, sql, params=()):
        return self

    def fetchall(self):
        return []

    def close(self):
        pass


def _not_instantiable(name: str):
    def new(*_args):
        raise err("orda_no_new", name=name)

    return new


for _name, _py in (("DataStoreImplementation", DataStore), ("DataClass", DataClass), ("Entity", Entity),
                   ("EntitySelection", EntitySelection)):
    # ORDA user classes extend these (`Class extends Entity`), see docs/ORDA/ordaClasses.md.
    register_builtin(_name, _py, new=_not_instantiable(f"4D.{_name}")).extendable = True
register_builtin("DataClassAttribute", attrs_mod.DataClassAttribute, new=_not_instantiable("4D.DataClassAttribute"))
ORDA_BASES = ("DataStoreImplementation", "DataClass", "Entity", "EntitySelection")


def connection_from_settings(root: str | None) -> str | None:
    """The datastore named by RUN4D_DATASTORE or the project's Settings/run4d.json."""
    env = os.environ.get(ENV)
    if env:
        return env
    if root:
        path = os.path.join(root, "Settings", "run4d.json")
        if os.path.isfile(path):
            try:
                with open(path, encoding="utf-8") as fh:
                    value = json.load(fh).get("datastore")
            except (OSError, ValueError, AttributeError) as e:
                raise BackendError(f"{path}: cannot read the settings: {e}") from None
            if isinstance(value, str) and value:
                return value
    return None


def is_postgres(target: str) -> bool:
    return target.startswith(("postgresql:", "postgres:")) or "dbname=" in target


def make_backend(root: str | None, data: str | None, dataless: bool, data_folder: str | None = None,
                 data_file: str | None = None) -> Backend:
    target = data or connection_from_settings(root)
    if target and is_postgres(target):
        from stdlib_4d.data.pg_backend import PostgresBackend

        return PostgresBackend(target)
    if dataless or target == ":memory:":
        return SQLiteBackend(None)
    if target:
        return SQLiteBackend(target)
    if data_file:  # tool4d's --data names the data file; a .4DD name gets the SQLite extension
        base, ext = os.path.splitext(data_file)
        path = base + ".sqlite" if ext.lower() == ".4dd" else data_file
    else:
        path = os.path.join(data_folder or os.path.join(root or ".", "Data"), "data.sqlite")
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    return SQLiteBackend(path)


def open_datastore(root: str | None, classes=None, data: str | None = None, dataless: bool = False,
                   catalog: str | None = None, data_folder: str | None = None,
                   data_file: str | None = None) -> DataStore:
    """Open (and make current) the datastore of the project at `root`.

    `data`: a PostgreSQL connection string, a SQLite file path or ":memory:"
    (else RUN4D_DATASTORE, Settings/run4d.json, `data_file`, then
    `<data_folder>/data.sqlite`); `dataless`: a temporary database;
    `classes`: the program's `cs` class store (user ORDA classes, and where
    the implicit ones are added). Raises CatalogError or BackendError.
    """
    path = catalog or (find_catalog(root) if root else None)
    close_datastore()
    if path is None:
        store = DataStore(NullBackend(), Model())
    else:
        model = read_catalog(path)
        backend = make_backend(root, data, dataless, data_folder, data_file)
        try:
            backend.run_admin(lambda: migrate(backend, model))
        except Exception as e:
            backend.close()
            if isinstance(e, (BackendError, CatalogError)):
                raise
            raise BackendError(f"cannot prepare the database: {e}") from None
        store = DataStore(backend, model)
        for table in model.tables:
            layout = TableLayout(table)
            store.dataclasses[table.name] = DataClass(store, table, layout, attrs_mod.build_attrs(model, table))
    bind_classes(store, classes)
    privileges.load(root, _logs_folder(root))
    with _guard:
        _current["store"] = store
    lifecycle.on_shutdown(close_datastore)
    return store


def _logs_folder(root: str | None) -> str | None:
    try:
        from runtime import appcontext

        folder = appcontext.current().logs_folder
    except Exception:  # noqa: BLE001 - no application context (a library use): the project's Logs
        folder = None
    return folder or (os.path.join(root, "Logs") if root else None)


def close_datastore() -> None:
    privileges.ACTIVE[0] = None
    with _guard:
        store, _current["store"] = _current["store"], None
    if store is not None:
        store.backend.close()


def bind_classes(store: DataStore, classes) -> None:
    """Give each ORDA object its cs class: the user's, or an implicit empty one."""
    def cls_for(name: str, base: str):
        parent = BUILTIN_STORE.classes[base]
        found = classes.classes.get(name) if classes is not None else None
        if found is None or not found.is_subclass_of(parent):
            found = Class4D(name, "cs", parent)
            if classes is not None and name not in classes.classes:
                classes.classes[name] = found
        found.native_new = _not_instantiable(f"cs.{name}")
        return found

    store.cls4d = cls_for("DataStore", "DataStoreImplementation")
    for name, dc in store.dataclasses.items():
        dc.cls4d = cls_for(name, "DataClass")
        dc.entity_class = cls_for(name + "Entity", "Entity")
        dc.entity_type = EventEntity if has_hooks(dc.entity_class) else Entity
        dc.selection_class = cls_for(name + "Selection", "EntitySelection")
        attrs_mod.add_class_attrs(dc, dc.entity_class)
        if dc.entity_type is not Entity:
            for warning in unknown_attributes(dc):
                print(f"run4d: warning: {warning}", file=sys.stderr)


def current_store() -> DataStore:
    store = _current["store"]
    if store is None:
        with _guard:
            store = _current["store"]
            if store is None:
                # No catalog, and nothing of ORDA compiled in the program (the command line
                # opened nothing): `ds` is first used now, from code compiled at run time.
                store = DataStore(NullBackend(), Model())
                bind_classes(store, hooks.user_classes())
                _current["store"] = store
    return store


lifecycle.on_reset(close_datastore)


@command("ds", returns="object")
def ds(local_id=""):
    """ds{(localID)}: the datastore of the project (Null for an unknown localID)."""
    if local_id == "":
        store = _current["store"]
        if store is not None:
            return store
    elif local_id is not None:
        return None
    return current_store()


def _ds_member(name: str):
    """ds.name as compiled code reads it (runtime/registry.command): the datastore open now."""
    store = _current["store"]
    if store is None:
        store = current_store()
    dc = store.dataclasses.get(name)
    if dc is not None:
        return dc
    return store.get4d(name)


ds.member4d = _ds_member
