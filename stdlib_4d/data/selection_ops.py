"""Entity selection members that compute: projections, aggregates, sorts, conversions.

Stage: data layer, ORDA API. Values of a storage attribute are read in
one statement for the whole selection; paths through relations, object
properties, computed and alias attributes are evaluated entity by entity.
Sorting runs in SQL (on the comparison key of Text attributes, so that
case and accents are ignored as in 4D) unless a path needs 4D code.
"""

from __future__ import annotations

import math

from runtime import textcmp
from runtime.codes import err
from runtime.values import UNDEF, Coll, Date4D, Obj
from stdlib_4d import args
from stdlib_4d.collection.base import order_key
from stdlib_4d.data import convert
from stdlib_4d.data.model import COMPUTED, REL1, RELN, STORAGE
from stdlib_4d.data.selection import SELECTION_FUNCS, EntitySelection


def split(path: str) -> list[str]:
    return [p for p in path.strip().split(".")]


def project(sel: EntitySelection, a):
    """sel.attribute: a collection of values, or a selection of related entities."""
    dc = sel.dc
    if a.kind == STORAGE:
        return Coll(v for v in column_values(sel, a.name, keep_null=True))
    if a.kind == REL1:
        target = dc.store.dataclasses[a.target]
        fks = [v for v in column_values(sel, a.fk, keep_null=False)]
        found = target.keys_where(a.ref, list(dict.fromkeys(fks)))
        return target.selection(found, shareable=True)
    if a.kind == RELN:
        target = dc.store.dataclasses[a.target]
        refs = [v for v in column_values(sel, a.ref, keep_null=False)]
        found = target.keys_where(a.fk, list(dict.fromkeys(refs)))
        return target.selection(found, shareable=True)
    values = [e.read(a) for e in sel.entities()]
    from stdlib_4d.data.entity import Entity

    ents = [v for v in values if isinstance(v, (Entity, EntitySelection))]
    if ents and len(ents) == len([v for v in values if v is not None]):
        target = ents[0].dc
        keys = []
        for v in ents:
            keys += [v.key] if isinstance(v, Entity) else v.keys
        return target.selection(list(dict.fromkeys(keys)), shareable=True)
    if a.kind == COMPUTED or values:
        out = Coll()
        for v in values:
            if isinstance(v, Coll):
                out.extend(v)
            else:
                out.append(v)
        return out
    return Coll()


def column_values(sel: EntitySelection, name: str, keep_null: bool) -> list:
    """The values of a storage attribute, in selection order (duplicates kept)."""
    dc = sel.dc
    f = dc.table.field(name)
    raw = dc.rec.column_for(sel.keys, dc.layout.col[name])
    out = []
    for k in sel.keys:
        if k in raw:
            v = convert.from_sql(f.kind, raw[k])
            if v is not None or keep_null:
                out.append(v)
    return out


def path_values(sel: EntitySelection, path: str, who: str) -> list:
    """Every value at an attribute path, for aggregates (relations not allowed at the end)."""
    dc = sel.dc
    parts = split(path)
    attrs = dc.store.resolve_path(dc, parts, who=who)
    if not attrs:
        raise err("orda_no_attribute", name=path, dataclass=dc.name)
    last = attrs[-1]
    if last.kind in (REL1, RELN):
        raise err("orda_related_attribute", name=path, callee=who)
    if len(attrs) == 1 and last.kind == STORAGE and len(parts) == 1:
        return column_values(sel, last.name, keep_null=False)
    out = []
    for e in sel.entities():
        for v in dc.store.path_values(e, parts):
            if isinstance(v, Coll) and len(parts) > 1 and parts[-1].endswith("[]") is False:
                out.append(v)
            elif v is not UNDEF and v is not None:
                out.append(v)
    return out


def _numbers(values: list) -> list[float]:
    return [float(v) for v in values if type(v) in (float, int)]


def _sum(sel, path):
    path = args.text(path, "EntitySelection.sum", 1)
    a = sel.dc.store.resolve_path(sel.dc, split(path), who="sum")
    if a and len(split(path)) == 1 and a[-1].kind == STORAGE and a[-1].field.kind not in ("int", "real", "object"):
        raise err("orda_not_numeric", name=path)
    return math.fsum(_numbers(path_values(sel, path, "sum")))


def _average(sel, path):
    path = args.text(path, "EntitySelection.average", 1)
    values = path_values(sel, path, "average")
    nums = _numbers(values) + [float(d.ordinal() * 86400) for d in values if type(d) is Date4D and False]
    if not nums:
        return UNDEF
    return math.fsum(nums) / len(nums)


def _extreme(sel, path, who: str, pick_max: bool):
    path = args.text(path, f"EntitySelection.{who}", 1)
    values = [v for v in path_values(sel, path, who) if not isinstance(v, (Obj, Coll))]
    if not values:
        return UNDEF
    first_rank = min(order_key(v)[0] for v in values)
    same_type = [v for v in values if order_key(v)[0] == first_rank]
    key = max if pick_max else min
    return key(same_type, key=order_key)


def _count(sel, path):
    path = args.text(path, "EntitySelection.count", 1)
    return float(len([v for v in path_values(sel, path, "count") if not isinstance(v, (Obj, Coll))]))


_DISTINCT_RANK = {bool: 0, str: 1, float: 2, int: 2, Date4D: 3}


def _distinct(sel, path, options=UNDEF):
    path = args.text(path, "EntitySelection.distinct", 1)
    opts = 0 if options is UNDEF else args.integer(options, "EntitySelection.distinct", 2)
    diacritical, counts = bool(opts & 8), bool(opts & 32)
    parts = split(path)
    values = []
    for v in path_values(sel, path, "distinct"):
        if isinstance(v, Coll) and parts[-1].endswith("[]"):
            values.extend(list.copy(v))
        elif type(v) in _DISTINCT_RANK:
            values.append(v)
    groups: dict = {}
    for v in values:
        if type(v) not in _DISTINCT_RANK:
            continue
        k = (type(v) is str and not diacritical and textcmp.key(v)) or (_DISTINCT_RANK[type(v)], v)
        if k not in groups:
            groups[k] = [v, 0]
        groups[k][1] += 1

    def sort_key(item):
        v = item[0]
        rank = _DISTINCT_RANK[type(v)]
        if type(v) is str:
            return (rank, textcmp.key(v), v) if not diacritical else (rank, v)
        if type(v) is Date4D:
            return (rank, v.ordinal())
        return (rank, v)

    ordered = sorted(groups.values(), key=sort_key)
    if counts:
        return Coll(Obj(value=v, count=float(n)) for v, n in ordered)
    return Coll(v for v, _ in ordered)


def _distinct_paths(sel, attribute):
    name = args.text(attribute, "EntitySelection.distinctPaths", 1)
    a = sel.dc.attrs.get(name)
    if a is None or a.kind != STORAGE or a.field.kind != "object":
        raise err("orda_not_object_attribute", name=name)
    found: set[str] = set()
    for v in column_values(sel, name, keep_null=False):
        _walk_paths(v, "", found)
    return Coll(sorted(found, key=lambda p: (textcmp.key(p), p)))


def _walk_paths(v, prefix: str, found: set) -> None:
    if isinstance(v, Obj):
        for k, x in dict.items(v):
            p = f"{prefix}{k}"
            found.add(p)
            if isinstance(x, Coll):
                found.add(p + ".length")
                for item in list.copy(x):
                    _walk_paths(item, p + "[].", found)
            else:
                _walk_paths(x, p + ".", found)


# ---------------------------------------------------------------- sorting


def parse_order(criteria, who: str) -> list[tuple[list[str], bool]]:
    """[(path parts, descending)] from "a asc, b desc" or [{propertyPath; descending}]."""
    out = []
    if type(criteria) is str:
        for item in criteria.split(","):
            words = item.split()
            if not words:
                continue
            desc = len(words) > 1 and words[-1].lower() == "desc"
            if len(words) > 1 and words[-1].lower() in ("asc", "desc"):
                words = words[:-1]
            out.append((split(" ".join(words)), desc))
        return out
    if isinstance(criteria, Coll):
        for item in list.copy(criteria):
            if not isinstance(item, Obj):
                raise err("bad_param_type", index=1, callee=f"EntitySelection.{who}",
                          detail="the criteria collection holds objects {propertyPath; descending}")
            path = dict.get(item, "propertyPath", "")
            out.append((split(str(path)), bool(dict.get(item, "descending", False))))
        return out
    raise err("bad_param_type", index=1, callee=f"EntitySelection.{who}", detail="Text or Collection expected")


def _order_by(sel, criteria):
    order = parse_order(criteria, "orderBy")
    from stdlib_4d.data.qcompile import order_keys

    for parts, _desc in order:
        if not sel.dc.store.resolve_path(sel.dc, parts, quiet=True):
            return sel.derive([], True)  # an invalid path gives an empty selection (EntitySelectionClass.md)

    keys = order_keys(sel.dc, sel.keys, order)
    if keys is None:
        return sel.derive([], True)
    return sel.derive(keys, True)


def _order_by_formula(sel, formula, *rest):
    from stdlib_4d.data.qeval import formula_function

    desc, settings = False, None
    for x in rest:
        if isinstance(x, Obj):
            settings = x
        elif x is not UNDEF:
            desc = bool(args.integer(x, "EntitySelection.orderByFormula", 2) & 1)
    fn = formula_function(formula, "orderByFormula")
    params = () if settings is None else (dict.get(settings, "args", UNDEF),)
    pairs = []
    for e in sel.entities():
        v = fn.py(e, *params) if params and params[0] is not UNDEF else fn.py(e)
        pairs.append((order_key(None if v is UNDEF else v), e.pos, sel.keys[e.pos]))
    pairs.sort(key=lambda p: p[0], reverse=desc)
    return sel.derive([k for _, _, k in pairs], True)


def _query(sel, query, *rest):
    from stdlib_4d.data.qeval import run_query

    return run_query(sel.dc, query, rest, within=sel)


# ---------------------------------------------------------------- conversions


def _to_collection(sel, *a):
    return to_collection(sel, *a)


def to_collection(sel, filt=UNDEF, options=UNDEF, begin=UNDEF, how_many=UNDEF):
    from stdlib_4d.data.objects import entity_to_object, parse_filter

    if type(filt) in (float, int):  # toCollection(options {; begin {; howMany}})
        filt, options, begin, how_many = UNDEF, filt, options, begin
    spec = parse_filter(None if filt is UNDEF else filt)
    opts = 0 if options is UNDEF else int(options)
    start = 0 if begin is UNDEF else max(int(begin), 0)
    n = len(sel.keys) if how_many is UNDEF else int(how_many)
    keys = sel.keys[start:start + max(n, 0)]
    part = sel.dc.selection(keys, ordered=True, shareable=True)
    return Coll(entity_to_object(e, spec, opts, parsed=True) for e in part.entities())


def _extract(sel, path, *rest):
    from stdlib_4d.data.objects import extract

    return extract(sel, path, rest)


SELECTION_FUNCS.update({
    "sum": _sum, "average": _average, "count": _count, "distinct": _distinct,
    "distinctPaths": _distinct_paths,
    "min": lambda sel, path: _extreme(sel, path, "min", False),
    "max": lambda sel, path: _extreme(sel, path, "max", True),
    "orderBy": _order_by, "orderByFormula": _order_by_formula, "query": _query,
    "toCollection": _to_collection, "extract": _extract,
})
