"""Entity writes and their status objects: save, drop, lock, unlock, reload.

Stage: data layer, ORDA API. Each function does the write through the
dataclass's Records and returns the object EntityClass.md documents:
{success} or {success: false; status; statusText} with lockKindText and
lockInfo for a locked record and errors for a serious error.
"""

from __future__ import annotations

from runtime.process import current
from runtime.values import Coll, Obj
from stdlib_4d.data import convert, records
from stdlib_4d.data.model import STORAGE
from stdlib_4d.data.privileges import ACTIVE, check_attribute, check_dataclass

TEXTS = {
    1: "Permission Error", 2: "Stamp has changed", 3: "Already locked", 4: "Other error",
    5: "Entity does not exist anymore", 6: "Auto merge failed", 7: "Validation failed",
}


def failure(code: int, out: records.Outcome | None = None) -> Obj:
    o = Obj(success=False, status=float(code), statusText=TEXTS[code])
    if code == 3:
        number, name = (out.locker if out is not None and out.locker else (0, ""))
        o["lockKindText"] = "Locked by record"
        o["lockInfo"] = Obj(task_id=float(number), user_name="", user4d_alias="", host_name="",
                            task_name=name, client_version="")
    if code == 4 and out is not None:
        o["errors"] = Coll([Obj(message=out.message or TEXTS[4], componentSignature="dbmg",
                                errCode=-9998.0 if "unique" in out.message.lower() or "duplicate"
                                in out.message.lower() else -1.0)])
    return o


_new_obj = Obj.__new__


def success() -> Obj:
    """{success: true}, built without Obj.__init__'s keyword arguments (a third of the cost)."""
    o = _new_obj(Obj)
    o.cls = None
    o["success"] = True
    return o


def save(e, auto_merge: bool) -> Obj:
    rec = e.dc.rec
    if e.new and e.touched_names and ACTIVE[0] is None and rec.plain_insert and not e.dropped:
        # A new entity of a table with a generated key and nothing to check: straight to INSERT.
        key = rec.insert(e.data)
        if type(key) is records.Outcome:
            return failure(key.status, key)
        e.new, e.key, e.stamp = False, key, 1
        e.touched_names.clear()  # a new entity kept no old values (orig is None)
        return Obj(success=True, autoMerged=False) if auto_merge else success()
    dc = e.dc
    if e.dropped:
        return failure(5)
    if not e.touched_names:
        return _ok(auto_merge, False)
    rec = dc.rec
    if ACTIVE[0] is not None:
        _check_write(e)
    if rec.mandatory_new if e.new else rec.mandatory:
        missing = [f.name for f in rec.mandatory if e.data.get(f.name) is None
                   and not (f.autoseq and e.new) and not f.auto_uuid]
        if missing:
            return failure(4, records.Outcome(records.SERIOUS, f"The field \"{dc.name}.{missing[0]}\" rejects Null"))
    if e.new:
        if rec.auto_uuid:
            rec.fill_auto(e.data)
        if e.data.get(dc.pk_name) is None and not rec.lay.pk.autoseq:
            return failure(4, records.Outcome(records.SERIOUS, f"The primary key of {dc.name} is Null"))
        key = rec.insert(e.data)
        if type(key) is records.Outcome:
            return failure(key.status, key)
        e.new = False
        e.key = key
        e.stamp = 1
        e.orig = None
        e.touched_names = []
        return Obj(success=True, autoMerged=False) if auto_merge else Obj(success=True)
    names = _storage_names(e)
    out = dc.rec.update(e.key, e.stamp, names, e.data)
    merged = False
    if out.status == records.STAMP_CHANGED and auto_merge:
        out, merged = _merge(e, names)
    if out.status:
        return failure(out.status, out)
    e.stamp += 1
    e.key = dc.rec.norm_key(e.data[dc.pk_name])
    _saved(e)
    return _ok(auto_merge, merged)


def _check_write(e) -> None:
    """create (new entity) or update permission, on the dataclass and on each attribute written."""
    action = "create" if e.new else "update"
    check_dataclass(e.dc, action)
    for name in e.touched_names:
        if action == "create" and e.data.get(name) is None:
            continue  # create concerns the attributes given a value other than the default (Null)
        check_attribute(e.dc, name, action)


def _storage_names(e) -> list[str]:
    attrs = e.dc.attrs
    return [n for n in e.touched_names if n in attrs and attrs[n].kind == STORAGE]


def _merge(e, names: list[str]):
    """dk auto merge: the other writer touched other attributes; keep both changes."""
    dc = e.dc
    row = dc.rec.fetch(e.key)
    if row is None:
        return records.Outcome(records.GONE), False
    stamp, current_values = dc.rec.values(row)
    for n in names:
        f = dc.table.field(n)
        before = e.old_value(n)
        if convert.to_sql(f.kind, current_values.get(n)) != convert.to_sql(f.kind, before):
            return records.Outcome(6), False
    out = dc.rec.update(e.key, stamp, names, e.data)
    if out.status:
        return out, False
    for n, v in current_values.items():
        if n not in names:
            e.data[n] = v
    e.stamp = stamp
    return out, True


def _saved(e) -> None:
    e.orig = None
    e.touched_names = []


def _ok(auto_merge: bool, merged: bool) -> Obj:
    o = Obj(success=True)
    if auto_merge:
        o["autoMerged"] = merged
    return o


def drop(e, force: bool) -> Obj:
    if e.new:
        return failure(5)
    if ACTIVE[0] is not None:
        check_dataclass(e.dc, "drop")
    out = e.dc.rec.delete(e.key, None if force else e.stamp)
    if out.status:
        return failure(out.status, out)
    e.dropped = True
    e.dc.store.backend.unlock(e.dc.table.name, e.key)
    return Obj(success=True)


def reload(e) -> Obj:
    if e.new or e.dropped:
        return failure(5)
    row = e.dc.rec.fetch(e.key)
    if row is None:
        return failure(5)
    e.loaded(*e.dc.rec.values(row))
    return Obj(success=True)


def lock(e, reload_if_changed: bool) -> Obj:
    dc = e.dc
    backend = dc.store.backend
    if e.new:
        return failure(5)
    row = dc.rec.fetch(e.key)
    if row is None:
        return failure(5)
    stamp, values = dc.rec.values(row)
    was_reloaded = False
    if stamp != e.stamp:
        if not reload_if_changed:
            return failure(2)
        e.loaded(stamp, values)
        was_reloaded = True
    other = backend.try_lock(dc.table.name, e.key, id(e))
    if other is not None:
        return failure(3, records.Outcome(3, locker=other))
    backend.watch_lock(e, dc.table.name, e.key)
    o = Obj(success=True)
    if reload_if_changed:
        o["wasReloaded"] = was_reloaded
    return o


def unlock(e) -> Obj:
    if e.new:
        return Obj(success=False)
    held = e.dc.store.backend.lock_owner(e.dc.table.name, e.key)
    if held is None or held[0] != current().number or held[2] != id(e):
        return Obj(success=False)
    e.dc.store.backend.unlock(e.dc.table.name, e.key)
    return Obj(success=True)
