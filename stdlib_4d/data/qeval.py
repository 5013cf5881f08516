"""Running queries: SQL first, then Python for what SQL cannot decide.

Stage: data layer, queries. `run_query` reads the arguments of
dataClass.query() / entitySelection.query() (values, querySettings,
Formula objects), parses and compiles the query, runs its SQL part and
evaluates the rest entity by entity: formulas with This as the entity,
object properties with the collection matcher, computed attributes
through their getters. queryPlan/queryPath describe what was done.
"""

from __future__ import annotations

import time

from runtime import hooks
from runtime.codes import err
from runtime.functions import Function4D
from runtime.values import UNDEF, Coll, Obj
from stdlib_4d.collection.base import order_key
from stdlib_4d.collection.query import And, Cond, Not, Or, _linked, test_values
from stdlib_4d.data.qcompile import compile_where, order_keys
from stdlib_4d.data.qparse import FormulaCond, parse_kept

_OPS = {"eq": "=", "is": "===", "ne": "#", "isnot": "!==", "lt": "<", "le": "<=", "gt": ">", "ge": ">=",
        "in": "IN", "kw": "%"}


def formula_function(formula, who: str) -> Function4D:
    if type(formula) is Function4D:
        return formula
    if type(formula) is str:
        return hooks.compile_formula(formula)
    raise err("orda_formula_expected", callee=who)


def _settings(rest: tuple):
    if rest and isinstance(rest[-1], Obj) and not hasattr(rest[-1], "dc"):
        return rest[-1], rest[:-1]
    return None, rest


def run_query(dc, query, rest: tuple, within=None):
    settings, values = _settings(tuple(rest))
    allow = True
    args = UNDEF
    if settings is not None:
        allow = dict.get(settings, "allowFormulas", True) is not False
        args = dict.get(settings, "args", UNDEF)
    started = time.perf_counter()
    if type(query) is Function4D:
        if not allow:
            raise err("orda_formula_not_allowed")
        tree, order, links = FormulaCond(query, query.source), [], []
    elif type(query) is str:
        tree, order, links = parse_kept(dc.queries, query, values, settings, allow)
    else:
        raise err("orda_formula_expected", callee="query")
    keys = _matching(dc, tree, links, args, within)
    if order:
        keys = order_keys(dc, keys, [(parts, desc) for parts, desc in order])
    result = dc.selection(keys, ordered=bool(order), shareable=not dc.store.alterable_default)
    if settings is not None:
        if dict.get(settings, "queryPlan", False) is True:
            result.query_plan = plan(dc, tree)
        if dict.get(settings, "queryPath", False) is True:
            elapsed = round((time.perf_counter() - started) * 1000)
            step = plan(dc, tree)
            result.query_path = Obj(steps=Coll([Obj(description=_describe(step), time=float(elapsed),
                                                    recordsfounds=float(len(keys)))]))
    return result


def _matching(dc, tree, links, args, within) -> list:
    b, lay = dc.store.backend, dc.layout
    if links:
        sql, py = None, tree
    else:
        sql, py = compile_where(dc, tree)
    text = f"SELECT t0.{lay.pk_col} FROM {lay.sql} t0"
    params: list = []
    conds = []
    if sql is not None:
        conds.append(f"({sql.text})")
        params += sql.params
    wanted = None
    if within is not None:
        wanted = set(within.keys)
        if len(wanted) <= 500:
            if not wanted:
                return []
            ids = list(wanted)
            conds.append(f"t0.{lay.pk_col} IN ({', '.join([b.ph] * len(ids))})")
            params += ids
    if conds:
        text += " WHERE " + " AND ".join(conds)
    text += f" ORDER BY t0.{b.row_order}"
    keys = dc.rec.keys_of(b.rows(text, params))
    if wanted is not None and len(wanted) > 500:
        keys = [k for k in keys if k in wanted]
    if py is None:
        return keys
    found = []
    sel = dc.selection(keys, ordered=True)
    store = dc.store
    for e in sel.entities():
        if links:
            if _linked(py, e, links, {}):
                found.append(e.key)
        elif matches(store, py, e, args):
            found.append(e.key)
    return found


def matches(store, node, entity, args) -> bool:
    t = type(node)
    if t is Cond:
        parts = [name + ("[]" if mode == "all" else "") for name, mode in node.segs]
        return test_values(node, store.path_values(entity, parts))
    if t is FormulaCond:
        r = node.fn.py(entity, args) if args is not UNDEF else node.fn.py(entity)
        return r is True
    if t is Not:
        return not matches(store, node.child, entity, args)
    if t is And:
        return all(matches(store, c, entity, args) for c in node.children)
    if t is Or:
        return any(matches(store, c, entity, args) for c in node.children)
    raise err("internal", detail=f"unknown query node {t.__name__}")


def python_order(dc, keys: list, order: list) -> list:
    """Sort by criteria that need 4D code (computed attributes, object properties)."""
    store = dc.store
    sel = dc.selection(list(keys), ordered=True)
    rows = []
    for e in sel.entities():
        values = []
        for parts, _desc in order:
            found = store.path_values(e, parts)
            v = found[0] if found else None
            values.append(order_key(None if v is UNDEF else v))
        rows.append((values, e.key))
    for i in range(len(order) - 1, -1, -1):
        rows.sort(key=lambda r, i=i: r[0][i], reverse=order[i][1])
    return [k for _, k in rows]


# ---------------------------------------------------------------- queryPlan / queryPath


def plan(dc, node) -> Obj:
    t = type(node)
    if t is And or t is Or:
        return Obj({t.__name__: Coll(plan(dc, c) for c in node.children)})
    if t is Not:
        return Obj(Not=Coll([plan(dc, node.child)]))
    if t is FormulaCond:
        return Obj(item=f"Formula: {node.source}")
    return _cond_plan(dc, node)


def _cond_plan(dc, c: Cond) -> Obj:
    name = c.segs[0][0].split("{")[0]
    a = dc.attrs.get(name)
    if a is not None and a.kind in ("relatedEntity", "relatedEntities") and len(c.segs) > 1:
        target = dc.store.dataclasses[a.target]
        if a.kind == "relatedEntity":
            join = f"Join on Table : {target.name}  :  {dc.name}.{a.fk} = {target.name}.{a.ref}"
        else:
            join = f"Join on Table : {target.name}  :  {dc.name}.{a.ref} = {target.name}.{a.fk}"
        return Obj(item=join, subquery=Coll([_cond_plan(target, Cond(c.segs[1:], c.op, c.value))]))
    indexed = a is not None and a.kind == "storage" and (a.field.indexed or a.name == dc.pk_name)
    target = f"[index : {dc.name}.{name} ]" if indexed else f"{dc.name}.{'.'.join(s[0] for s in c.segs)}"
    value = c.value
    shown = "null" if value is None else (str(value) if not isinstance(value, Coll) else str(list(value)))
    return Obj(item=f"{target} {_OPS[c.op]} {shown}")


def _describe(step: Obj) -> str:
    if "item" in step:
        return str(dict.__getitem__(step, "item"))
    k = next(iter(step))
    return k.upper()
