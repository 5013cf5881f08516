"""Records: reading and writing the rows of one dataclass.

Stage: data layer, storage operations. Turns rows into attribute values
and entities into INSERT / UPDATE / DELETE statements under the
optimistic lock (the "#stamp" column), reporting conflicts as the
status codes of EntityClass.md (2 stamp changed, 3 locked, 4 serious
error, 5 entity does not exist anymore). Never raises for those: the
caller builds the status object.
"""

from __future__ import annotations

import uuid as uuidlib
from operator import itemgetter

from runtime import textcmp
from stdlib_4d.data import convert
from stdlib_4d.data.schema import STAMP, q

CHUNK = 500  # keys per IN (...) list
_first = itemgetter(0)

OK, STAMP_CHANGED, LOCKED, SERIOUS, GONE = 0, 2, 3, 4, 5


class Outcome:
    """What a write did: status 0 or an error status, and details."""

    __slots__ = ("status", "message", "locker", "merged")

    def __init__(self, status: int = OK, message: str = "", locker=None, merged: bool = False) -> None:
        self.status = status
        self.message = message
        self.locker = locker
        self.merged = merged


DONE = Outcome()


class Records:
    """The SQL side of one dataclass."""

    def __init__(self, backend, layout) -> None:
        self.b = backend
        self.lay = layout
        self.kinds = [f.kind for f in layout.fields]
        self.names = [f.name for f in layout.fields]
        self.pk_index = layout.index[layout.pk.name] - 1  # in the values (row without the stamp)
        self.pk_kind = layout.pk.kind
        self.pk_name = layout.pk.name
        ph = backend.ph
        lay = layout
        self.sql_get = f"SELECT {lay.select} FROM {lay.sql} WHERE {lay.pk_col} = {ph}"
        self.sql_stamp = f"SELECT {STAMP} FROM {lay.sql} WHERE {lay.pk_col} = {ph}"
        self.sql_all = f"SELECT {lay.pk_col} FROM {lay.sql} ORDER BY {backend.row_order}"
        self.sql_count = f"SELECT COUNT(*) FROM {lay.sql}"
        self._insert_cache: dict[bool, tuple] = {}
        self.fmap = {f.name: f for f in layout.fields}
        self.auto_uuid = [f.name for f in layout.fields if f.auto_uuid]
        self.mandatory = [f for f in layout.fields if f.mandatory]
        # what a new entity must have on its first save (generated keys and UUIDs come later)
        self.mandatory_new = [f for f in self.mandatory if not f.autoseq and not f.auto_uuid]
        # a new entity can be inserted without checks: no mandatory value, no UUID to make, a generated key
        self.plain_insert = not self.mandatory_new and not self.auto_uuid and layout.pk.autoseq
        self.all_names = [f.name for f in layout.fields]
        self.names_without_pk = [n for n in self.all_names if n != layout.pk.name]

    # ------------------------------------------------------------------ keys

    def norm_key(self, v):
        """A primary key value as the selection lists keep it."""
        if type(v) is (int if self.pk_kind == "int" else str):
            return v  # what the drivers return for an integer or text key: nothing to do
        if v is None:
            return None
        if self.pk_kind == "int":
            return int(v) if float(v).is_integer() else v
        return v if type(v) is str else str(v)

    # ------------------------------------------------------------------ reading

    def values(self, row) -> tuple[int, dict]:
        """(stamp, {attribute: value}) of a fetched row."""
        data = {}
        for name, kind, v in zip(self.names, self.kinds, row[1:]):
            data[name] = convert.from_sql(kind, v)
        return int(row[0]), data

    def fetch(self, key):
        rows = self.b.rows(self.sql_get, (key,))
        return rows[0] if rows else None

    def fetch_many(self, keys: list) -> dict:
        """{key: row} for the keys that still exist."""
        out = {}
        lay, ph = self.lay, self.b.ph
        unique = list(dict.fromkeys(keys))
        pk_pos = self.pk_index + 1
        for i in range(0, len(unique), CHUNK):
            chunk = unique[i:i + CHUNK]
            sql = f"SELECT {lay.select} FROM {lay.sql} WHERE {lay.pk_col} IN ({', '.join([ph] * len(chunk))})"
            for row in self.b.rows(sql, chunk):
                out[self.norm_key(row[pk_pos])] = row
        return out

    def column_for(self, keys: list, column: str) -> dict:
        """{key: raw column value} for keys (a whole-table scan when they are many)."""
        lay, ph = self.lay, self.b.ph
        out = {}
        unique = list(dict.fromkeys(keys))
        if len(unique) > 4 * CHUNK:
            wanted = set(unique)
            for k, v in self.b.rows(f"SELECT {lay.pk_col}, {column} FROM {lay.sql}"):
                k = self.norm_key(k)
                if k in wanted:
                    out[k] = v
            return out
        for i in range(0, len(unique), CHUNK):
            chunk = unique[i:i + CHUNK]
            sql = f"SELECT {lay.pk_col}, {column} FROM {lay.sql} WHERE {lay.pk_col} IN ({', '.join([ph] * len(chunk))})"
            for k, v in self.b.rows(sql, chunk):
                out[self.norm_key(k)] = v
        return out

    def all_keys(self) -> list:
        return self.keys_of(self.b.rows(self.sql_all))

    def keys_of(self, rows: list) -> list:
        """The keys in the first column of fetched rows, as selections keep them."""
        keys = list(map(_first, rows))
        types = set(map(type, keys))
        if not types or types == {int if self.pk_kind == "int" else str}:
            return keys  # what the drivers give for integer and text keys: nothing to convert
        return [self.norm_key(k) for k in keys]

    def count(self) -> int:
        return int(self.b.rows(self.sql_count)[0][0])

    def existing(self, keys: list) -> set:
        return set(self.column_for(keys, self.lay.pk_col))

    # ------------------------------------------------------------------ writing

    def _plan(self, names: list[str]) -> list[tuple]:
        """(attribute, how) per name: 0 as is, 1 text (value and comparison key), 2 to_sql."""
        out = []
        for name in names:
            kind = self.fmap[name].kind
            out.append((name, 1 if kind == "text" else 0 if kind in ("real", "bool") else 2, kind))
        return out

    def _compile_plan(self, plan: list[tuple]):
        """A function data -> parameters for the plan, written out once (no loop, no lookups per value)."""
        lines, out = ["def params(data, key=key, cached=cached, to_sql=to_sql):", "    get = data.get"], []
        for i, (name, how, kind) in enumerate(plan):
            lines.append(f"    v{i} = get({name!r})")
            if how == 0:
                out.append(f"v{i}")
            elif how == 1:  # the comparison key: textcmp's cache read inline, key() on a miss
                out += [f"v{i}", f"None if v{i} is None else k{i} if (k{i} := cached(v{i})) is not None else key(v{i})"]
            else:
                out.append(f"None if v{i} is None else to_sql({kind!r}, v{i})")
        lines.append(f"    return [{', '.join(out)}]")
        scope = {"key": textcmp.key, "cached": textcmp.cached_key, "to_sql": convert.to_sql}
        exec(compile("\n".join(lines), f"<insert {self.lay.table.name}>", "exec"), scope)  # noqa: S102
        return scope["params"]

    def _params(self, names: list[str], data: dict) -> list:
        out = []
        fmap, to_sql, key = self.fmap, convert.to_sql, textcmp.key
        for name in names:
            kind = fmap[name].kind
            v = data.get(name)
            if kind == "text":
                out.append(v)
                out.append(None if v is None else key(v))
            elif v is None:
                out.append(None)
            elif kind == "real" and type(v) is float:
                out.append(v)  # to_sql's answer for a real, without the call
            else:
                out.append(to_sql(kind, v))
        return out

    def _columns(self, names: list[str]) -> list[str]:
        cols = []
        for name in names:
            cols.append(self.lay.col[name])
            if name in self.lay.key:
                cols.append(self.lay.key[name])
        return cols

    def fill_auto(self, data: dict) -> None:
        """Auto UUID primary keys and fields are generated on first save."""
        for name in self.auto_uuid:
            if data.get(name) in (None, ""):
                data[name] = uuidlib.uuid4().hex.upper()

    def insert(self, data: dict):
        """INSERT a new entity; its generated primary key is put in data.

        Returns the entity's key as selections keep it, or the failure's Outcome.
        """
        given = data.get(self.pk_name)
        cached = self._insert_cache.get(given is None)
        if cached is None:
            cached = self._insert_plan(given is None)
        params, sql = cached
        try:
            new_key = self.b.run_insert(sql, params(data), self.lay, given)
        except Exception as e:  # noqa: BLE001 - the engine's errors become a status
            return self._failure(e)
        if given is None and type(new_key) is int and self.pk_kind == "int":
            data[self.pk_name] = float(new_key)
            return new_key
        if new_key is None:
            return Outcome(SERIOUS, f"Duplicated key in table {self.lay.table.name}")
        pk = self.lay.pk
        if given is None:
            data[pk.name] = convert.from_sql(pk.kind, new_key)
        # No note_write: a row inserted in an open transaction is invisible to the other
        # processes (they cannot read, lock or change it), so it needs no lock of ours.
        return self.norm_key(data[pk.name])

    def _insert_plan(self, generated: bool) -> tuple:
        """(parameters function, INSERT) for a row whose key is generated, or given."""
        lay, b = self.lay, self.b
        names = self.names_without_pk if generated else self.all_names
        cols = self._columns(names)
        sql = f"INSERT INTO {lay.sql} ({', '.join(cols)}) VALUES ({', '.join([b.ph] * len(cols))})"
        cached = self._insert_cache[generated] = (self._compile_plan(self._plan(names)), b.insert_sql(sql, lay))
        return cached

    def update(self, key, stamp: int, names: list[str], data: dict) -> Outcome:
        lay, b = self.lay, self.b
        locker = b.locker(lay.table.name, key)
        if locker is not None:
            return Outcome(LOCKED, locker=locker)
        cols = self._columns(names)
        sets = ", ".join(f"{c} = {b.ph}" for c in cols)
        sql = b.update_sql(lay, sets)
        try:
            done = b.run_write(sql, self._params(names, data) + [stamp + 1], lay, key, stamp)
        except Exception as e:  # noqa: BLE001
            return self._failure(e)
        if not done:
            return self._diagnose(key, stamp)
        b.note_write(lay.table.name, key)
        return Outcome()

    def delete(self, key, stamp: int | None) -> Outcome:
        lay, b = self.lay, self.b
        locker = b.locker(lay.table.name, key)
        if locker is not None:
            return Outcome(LOCKED, locker=locker)
        sql = b.delete_sql(lay, stamp is not None)
        try:
            done = b.run_write(sql, [], lay, key, stamp)
        except Exception as e:  # noqa: BLE001
            return self._failure(e)
        if not done:
            return self._diagnose(key, stamp)
        b.note_write(lay.table.name, key)
        return Outcome()

    def _diagnose(self, key, stamp) -> Outcome:
        rows = self.b.rows(self.sql_stamp, (key,))
        if not rows:
            return Outcome(GONE)
        if stamp is not None and int(rows[0][0]) != stamp:
            return Outcome(STAMP_CHANGED)
        return Outcome(LOCKED, locker=self.b.locker(self.lay.table.name, key) or (0, ""))

    def _failure(self, e: Exception) -> Outcome:
        if self.b.is_busy(e):
            return Outcome(LOCKED, locker=(0, ""))
        return Outcome(SERIOUS, str(e).split("\n")[0])

    def quoted(self, name: str) -> str:
        return q(name)
