"""Schema: the SQL tables of a catalog, created and kept in step with it.

Stage: data layer, storage. Each table of the datastore is one SQL table
named like it, each field a column named like it; a Text field also has a
comparison-key column ("name#k": case and accents folded, see
runtime/textcmp.key) that queries, sorts and indexes use, so that text
compares as in 4D on both engines. "#stamp" holds the entity stamp (a name
no 4D field can have; databases made by earlier run4d versions have it as
"__STAMP", renamed on opening).

A metadata table remembers the catalog's uuid of each table and field:
a renamed table or field is renamed in SQL, new ones are added, and
nothing is dropped: a table or field that left the catalog keeps its data
and a warning is printed once.
"""

from __future__ import annotations

import sys

from stdlib_4d.data.backends import LEGACY_STAMP, STAMP, fill_keys
from stdlib_4d.data.catalog import Field, Model, Table

META = "__run4d_columns"
# The indexes CREATE INDEX and SET INDEX made (stdlib_4d/data/classic/indexes.py): kept with the
# data, since run4d does not rewrite the catalog. kind: 4D's index type (-1 keywords, 0, 1, 3).
INDEXES = "__run4d_indexes"


_QUOTED: dict[str, str] = {}


def q(name: str) -> str:
    """A quoted SQL identifier (kept: queries quote the same few names again and again)."""
    quoted = _QUOTED.get(name)
    if quoted is None:
        quoted = '"' + name.replace('"', '""') + '"'
        if len(_QUOTED) < 4096:
            _QUOTED[name] = quoted
    return quoted


def key_name(field_name: str) -> str:
    return field_name + "#k"


class TableLayout:
    """Where one dataclass lives in SQL."""

    def __init__(self, table: Table) -> None:
        self.table = table
        self.sql = q(table.name)
        self.fields = list(table.fields)
        self.pk = table.field(table.primary_key)
        self.pk_col = q(self.pk.name)
        self.col = {f.name: q(f.name) for f in self.fields}
        self.key = {f.name: q(key_name(f.name)) for f in self.fields if f.kind == "text"}
        # SELECT list of a whole row: the stamp, then every field in catalog order.
        self.select = ", ".join([STAMP] + [self.col[f.name] for f in self.fields])
        self.index = {f.name: i + 1 for i, f in enumerate(self.fields)}

    def cmp_col(self, name: str) -> str:
        """The column that compares and sorts a field (the key column of a Text field)."""
        return self.key.get(name) or self.col[name]


def _column_ddl(backend, f: Field, table: Table) -> list[str]:
    if f.name == table.primary_key:
        cols = [f"{q(f.name)} {backend.pk_type(f)}"]
    else:
        cols = [f"{q(f.name)} {backend.col_type(f)}"]
    if f.kind == "text":
        cols.append(f"{q(key_name(f.name))} {backend.key_type}")
    return cols


def create_table_sql(backend, table: Table) -> str:
    cols = []
    for f in table.fields:
        cols += _column_ddl(backend, f, table)
    cols.append(f"{STAMP} {backend.int_type} NOT NULL DEFAULT 1")
    cols += backend.extra_columns()
    return f"CREATE TABLE {q(table.name)} ({', '.join(cols)})"


def _index_sql(table: Table, f: Field) -> list[str]:
    col = q(key_name(f.name)) if f.kind == "text" else q(f.name)
    name = f"ix {table.name} {f.name}"
    out = []
    if f.name != table.primary_key and (f.indexed or f.unique or f.keyword_indexed):
        unique = "UNIQUE " if f.unique and f.kind in ("text", "int", "real", "date") else ""
        out.append(f"CREATE {unique}INDEX IF NOT EXISTS {q(name)} ON {q(table.name)} ({col})")
    return out


def _relation_indexes(model: Model) -> list[str]:
    """Foreign keys are indexed: relation attributes query and navigate through them."""
    out = []
    for r in model.relations:
        t = model.table(r.source)
        f = t.field(r.source_field) if t else None
        if f is not None and f.name != t.primary_key and not (f.indexed or f.unique):
            col = q(key_name(f.name)) if f.kind == "text" else q(f.name)
            out.append(f"CREATE INDEX IF NOT EXISTS {q(f'fk {t.name} {f.name}')} ON {q(t.name)} ({col})")
    return out


def migrate(backend, model: Model) -> list[str]:
    """Bring the database in step with the model; return warnings about kept data."""
    warnings: list[str] = []
    backend.begin()
    try:
        backend.schema_lock()
        backend.execute(f"CREATE TABLE IF NOT EXISTS {META} (table_uuid TEXT, field_uuid TEXT, "
                        "table_name TEXT, column_name TEXT)")
        known = backend.rows(f"SELECT table_uuid, field_uuid, table_name, column_name FROM {META}")
        tables_by_uuid = {r[0]: r[2] for r in known if r[1] == ""}
        fields_by_uuid = {(r[0], r[1]): r[3] for r in known if r[1] != ""}
        existing = set(backend.table_names())
        seen_tables = set()
        for table in model.tables:
            seen_tables.add(table.uuid)
            old = tables_by_uuid.get(table.uuid)
            if old is not None and old != table.name and old in existing:
                backend.execute(f"ALTER TABLE {q(old)} RENAME TO {q(table.name)}")
                existing.discard(old)
                existing.add(table.name)
            if table.name not in existing:
                backend.execute(create_table_sql(backend, table))
            columns = set(backend.column_names(table.name))
            _rename_legacy_columns(backend, table, columns)
            _migrate_fields(backend, table, columns, fields_by_uuid, warnings)
            _remember(backend, table)
            for f in table.fields:
                for sql in _index_sql(table, f):
                    backend.execute(sql)
        for sql in _relation_indexes(model):
            backend.execute(sql)
        _note_made_indexes(backend, model)
        for uuid, name in tables_by_uuid.items():
            if uuid not in seen_tables and name in existing:
                warnings.append(f"the data has a table \"{name}\" that the catalog no longer has; it is kept")
        backend.commit()
    except BaseException:
        backend.rollback()
        raise
    for w in warnings:
        print(f"run4d: {w}", file=sys.stderr)
    return warnings


def _note_made_indexes(backend, model: Model) -> None:
    """Fields indexed by CREATE INDEX or SET INDEX in an earlier run are indexed in this one."""
    backend.execute(f"CREATE TABLE IF NOT EXISTS {INDEXES} (name TEXT, table_uuid TEXT, field_uuids TEXT, "
                    "kind INTEGER)")
    tables = {t.uuid: t for t in model.tables}
    for _name, table_uuid, field_uuids, kind in backend.rows(f"SELECT name, table_uuid, field_uuids, kind "
                                                             f"FROM {INDEXES}"):
        t = tables.get(table_uuid)
        uuids = field_uuids.split(",")
        f = next((x for x in t.fields if x.uuid == uuids[0]), None) if t is not None and len(uuids) == 1 else None
        if f is not None:
            if kind == -1:
                f.keyword_indexed = True
            else:
                f.indexed = True


def _rename_legacy_columns(backend, table: Table, columns: set) -> None:
    """run4d's own columns of a database made by an earlier version get their current names."""
    renames = [(LEGACY_STAMP, STAMP.strip('"'))]
    if backend.kind == "postgres":
        renames.append(("__ROW", backend.row_order.strip('"')))
    for old, new in renames:
        if old in columns and new not in columns:
            backend.execute(f"ALTER TABLE {q(table.name)} RENAME COLUMN {q(old)} TO {q(new)}")
            columns.discard(old)
            columns.add(new)


def _migrate_fields(backend, table: Table, columns: set, fields_by_uuid: dict, warnings: list) -> None:
    wanted = set()
    for f in table.fields:
        wanted.add(f.name)
        old = fields_by_uuid.get((table.uuid, f.uuid))
        if old is not None and old != f.name and old in columns and f.name not in columns:
            backend.execute(f"ALTER TABLE {q(table.name)} RENAME COLUMN {q(old)} TO {q(f.name)}")
            columns.discard(old)
            columns.add(f.name)
            if key_name(old) in columns:
                backend.execute(f"ALTER TABLE {q(table.name)} RENAME COLUMN {q(key_name(old))} "
                                f"TO {q(key_name(f.name))}")
                columns.discard(key_name(old))
                columns.add(key_name(f.name))
        if f.name not in columns:
            backend.execute(f"ALTER TABLE {q(table.name)} ADD COLUMN {q(f.name)} {backend.col_type(f)}")
        if f.kind == "text" and key_name(f.name) not in columns:
            backend.execute(f"ALTER TABLE {q(table.name)} ADD COLUMN {q(key_name(f.name))} {backend.key_type}")
            if f.name in columns:
                fill_keys(backend, table.name, f.name, table.primary_key)
    for c in sorted(columns):
        if c.startswith(("__", "#")) or c.endswith("#k") or c in wanted:
            continue
        warnings.append(f"the data has a column \"{table.name}.{c}\" that the catalog no longer has; it is kept")


def _remember(backend, table: Table) -> None:
    backend.execute(f"DELETE FROM {META} WHERE table_uuid = {backend.ph}", (table.uuid,))
    rows = [(table.uuid, "", table.name, "")] + [(table.uuid, f.uuid, table.name, f.name) for f in table.fields]
    for row in rows:
        backend.execute(f"INSERT INTO {META} VALUES ({', '.join([backend.ph] * 4)})", row)
