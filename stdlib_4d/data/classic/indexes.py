"""Indexes: CREATE INDEX, DELETE INDEX, SET INDEX.

Stage: data layer, classic database language (Structure Access theme). An
index is a real SQL index of the datastore's engine (SQLite or PostgreSQL),
named as 4D names it (an unnamed one: "ix Table field", the name the catalog's
own indexes have; "kw Table field" for keywords), on the fields' columns in
the order given (a Text field's comparison-key column, which queries and sorts
use). The indexes these commands make are listed in the data itself
(schema.INDEXES), so that the fields stay indexed in later runs: run4d never
rewrites the catalog. Every type is a B-tree; a keywords index is recorded as
such (GET FIELD PROPERTIES, ds attributes' keywordIndexed) on an ordinary
B-tree. The asynchronous `*` runs synchronously (docs/decisions.md).
"""

from __future__ import annotations

from runtime.arrays import Array4D
from runtime.codes import err, type_name
from runtime.registry import command
from runtime.values import UNDEF, Pointer
from stdlib_4d import args
from stdlib_4d.data.classic.tables import field_of, plain, store, table_of
from stdlib_4d.data.schema import INDEXES, key_name, q

KEYWORDS = -1
_TYPES = (-1, 0, 1, 3)
_INDEXABLE = ("text", "int", "real", "bool", "date", "time")


def _backend():
    return store().backend


def _ddl(fn):
    """Run a structure change on a connection of its own (outside the process's transaction), or in
    the transaction the process has open (its own connection holds the engine's write lock)."""
    b = _backend()
    if b.level() > 0:
        return fn()
    return b.run_admin(fn)


def _exists(b, name: str) -> bool:
    if b.kind == "postgres":
        return bool(b.rows("SELECT to_regclass(%s) IS NOT NULL", (q(name),))[0][0])
    return bool(b.rows("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = ?", (name,))[0][0])


def _column(f) -> str:
    return q(key_name(f.name)) if f.kind == "text" else q(f.name)


def _check_kind(dc, f, kind: int, cmd: str) -> None:
    if f.kind not in _INDEXABLE or (kind == KEYWORDS and f.kind != "text"):
        what = "a keywords index" if kind == KEYWORDS else "an index"
        raise err("classic_index", callee=cmd, detail=f"[{dc.name}]{f.name} ({f.kind}) cannot have {what}")


def _make(dc, fields: list, kind: int, name: str) -> None:
    """Make the index unless an index of that name exists, record it, and mark a single field."""
    table = dc.table

    def run():
        b = _backend()
        if _exists(b, name):
            return False
        cols = ", ".join(_column(f) for f in fields)
        b.execute(f"CREATE INDEX {q(name)} ON {q(table.name)} ({cols})")
        b.execute(f"INSERT INTO {INDEXES} VALUES ({', '.join([b.ph] * 4)})",
                  (name, table.uuid, ",".join(f.uuid for f in fields), kind))
        return True

    if _ddl(run) and len(fields) == 1:
        if kind == KEYWORDS:
            fields[0].keyword_indexed = True
        else:
            fields[0].indexed = True


def _drop(names: list[str]) -> None:
    def run():
        b = _backend()
        for name in names:
            b.execute(f"DROP INDEX IF EXISTS {q(name)}")
            b.execute(f"DELETE FROM {INDEXES} WHERE name = {b.ph}", (name,))

    if names:
        _ddl(run)


def _rows() -> list:
    return _ddl(lambda: _backend().rows(f"SELECT name, table_uuid, field_uuids, kind FROM {INDEXES}"))


def _single_indexes(dc, f, keywords: bool) -> list[str]:
    """The names of the non-composite indexes of a field (keywords ones too when asked); the index
    that keeps a Unique field unique stays."""
    names = [] if f.unique else [f"ix {dc.name} {f.name}"]
    if keywords:
        names.append(f"kw {dc.name} {f.name}")
    for name, table_uuid, field_uuids, kind in _rows():
        if table_uuid == dc.table.uuid and field_uuids == f.uuid and (keywords or kind != KEYWORDS):
            names.append(name)
    return list(dict.fromkeys(names))


def _default_name(dc, fields: list, kind: int) -> str:
    prefix = "kw" if kind == KEYWORDS else "ix"
    return f"{prefix} {dc.name} {'+'.join(f.name for f in fields)}"


def _fields(array, dc, cmd: str) -> list:
    if type(array) is Pointer:
        array = array.get()
    if type(array) is not Array4D:
        raise err("bad_param_type", index=2, callee=cmd, detail=f"a pointer array was expected, got "
                                                                f"{type_name(array)}")
    fields = []
    for i in range(1, len(array.items)):
        fdc, f = field_of(array.items[i], cmd, 2)
        if fdc is not dc:
            raise err("classic_index", callee=cmd, detail=f"[{fdc.name}]{f.name} is not a field of [{dc.name}]")
        fields.append(f)
    if not fields:
        raise err("classic_index", callee=cmd, detail="the array of fields is empty")
    return fields


def _kind(value, cmd: str, index: int) -> int:
    kind = args.integer(value, cmd, index)
    if kind not in _TYPES:
        raise err("classic_index", callee=cmd, detail=f"{kind} is not an index type (-1, 0, 1 or 3)")
    return kind


@command("CREATE INDEX", outputs=(2,))
def create_index(table, fields_array, index_type, index_name, star=UNDEF):
    """CREATE INDEX(aTable; fieldsArray; indexType; indexName {; *}): an index on one field, or a composite
    one on several (in the array's order); nothing when an index of that name exists."""
    cmd = "CREATE INDEX"
    dc = table_of(table, cmd, 1)
    fields = _fields(fields_array, dc, cmd)
    kind = _kind(plain(index_type), cmd, 3)
    name = args.text(plain(index_name), cmd, 4)
    if kind == KEYWORDS and len(fields) > 1:
        raise err("classic_index", callee=cmd, detail="a keywords index cannot be composite")
    for f in fields:
        _check_kind(dc, f, kind, cmd)
    _make(dc, fields, kind, name or _default_name(dc, fields, kind))


@command("DELETE INDEX")
def delete_index(what, star=UNDEF):
    """DELETE INDEX(fieldPtr | indexName {; *}): every non-composite index of the field, or the index of
    that name; nothing when there is none."""
    cmd = "DELETE INDEX"
    what = plain(what)
    if type(what) is str:
        rows = [r for r in _rows() if r[0] == what]
        _drop([what] if rows else [])
        for row in rows:
            _refresh(row[1], row[2])
        return
    dc, f = field_of(what, cmd, 1)
    _drop(_single_indexes(dc, f, keywords=True))
    f.indexed = f.unique
    f.keyword_indexed = False


def _refresh(table_uuid: str, field_uuids: str) -> None:
    """A field's flags once one of its named indexes is gone: still indexed if another index is."""
    dc = next((d for d in store().dataclasses.values() if d.table.uuid == table_uuid), None)
    f = next((x for x in dc.table.fields if x.uuid == field_uuids), None) if dc is not None else None
    if f is None:
        return
    left = [r for r in _rows() if r[1] == table_uuid and r[2] == field_uuids]
    b = _backend()
    plain_ix = _ddl(lambda: _exists(b, f"ix {dc.name} {f.name}"))
    f.indexed = f.unique or plain_ix or any(r[3] != KEYWORDS for r in left)
    f.keyword_indexed = any(r[3] == KEYWORDS for r in left)


@command("SET INDEX", outputs=(1,))
def set_index(field, index, star=UNDEF):
    """SET INDEX(aField; index {; *}): True makes an index of the default type, a number one of that type;
    False deletes the field's standard (non-composite, non-keywords) indexes."""
    cmd = "SET INDEX"
    dc, f = field_of(field, cmd, 1)
    index = plain(index)
    if type(index) is bool:
        if not index:
            _drop(_single_indexes(dc, f, keywords=False))
            f.indexed = f.unique
            return
        kind = 0
    else:
        kind = _kind(index, cmd, 2)
    _check_kind(dc, f, kind, cmd)
    if kind != KEYWORDS and (f.indexed or f.name == dc.table.primary_key):
        return  # already indexed: "the call has no effect"
    _make(dc, [f], kind, _default_name(dc, [f], kind))


@command("PAUSE INDEXES")
def pause_indexes(table):
    """PAUSE INDEXES(aTable): nothing to pause: the engine keeps the SQL indexes up to date as rows change,
    and a query never waits for them (docs/decisions.md)."""
    table_of(table, "PAUSE INDEXES", 1)


@command("RESUME INDEXES")
def resume_indexes(table, star=UNDEF):
    """RESUME INDEXES(aTable {; *}): the indexes were never paused (PAUSE INDEXES)."""
    table_of(table, "RESUME INDEXES", 1)
