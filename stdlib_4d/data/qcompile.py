"""Compiling query trees to SQL, and sort criteria to ORDER BY.

Stage: data layer, queries. A condition on a storage attribute becomes a
comparison on its column (the comparison-key column for Text, so that
case and accents are ignored and `@` becomes LIKE); a path through a
relation becomes `IN (SELECT ...)`. Conditions of one AND that go through
the same relation share one subquery, which is what 4D's `{x}` class
index exists to avoid. What SQL cannot express (formulas, object
properties, computed attributes without a query function, keywords) is
left to qeval's Python predicates: an AND keeps its SQL part as a filter.
"""

from __future__ import annotations

from collections import Counter

from runtime import textcmp
from runtime.codes import err
from runtime.values import UNDEF, Coll, Obj
from stdlib_4d.collection.query import And, Cond, Not, Or
from stdlib_4d.data import convert
from stdlib_4d.data.model import ALIAS, COMPUTED, REL1, RELN, STORAGE
from stdlib_4d.data.qparse import FormulaCond
from stdlib_4d.data.schema import q


class Sql:
    __slots__ = ("text", "params")

    def __init__(self, text: str, params: list) -> None:
        self.text, self.params = text, params


class Py:
    """A part only Python can decide; `pre` is SQL that every match also satisfies."""

    __slots__ = ("node", "pre")

    def __init__(self, node, pre: Sql | None = None) -> None:
        self.node, self.pre = node, pre


FALSE = Sql("1 = 0", [])


class Compiler:
    def __init__(self, store) -> None:
        self.store = store
        self.b = store.backend
        self.n = 0

    def alias(self) -> str:
        self.n += 1
        return f"t{self.n}"

    # ------------------------------------------------------------------ nodes

    def node(self, dc, node, al: str):
        t = type(node)
        if t is Cond:
            return self.cond(dc, node, al)
        if t is FormulaCond:
            return Py(node)
        if t is Not:
            child = self.node(dc, node.child, al)
            if type(child) is Sql:
                return Sql(f"NOT COALESCE(({child.text}), {self.b.false})", child.params)
            return Py(node)
        if t is Or:
            parts = [self.node(dc, c, al) for c in node.children]
            if all(type(p) is Sql for p in parts):
                return Sql(" OR ".join(f"({p.text})" for p in parts), [x for p in parts for x in p.params])
            return Py(node)
        return self.and_(dc, node, al)

    def and_(self, dc, node: And, al: str):
        sql: list[Sql] = []
        py: list = []
        groups: dict[str, list] = {}
        for child in node.children:
            if type(child) is Cond and len(child.segs) > 1:
                a = self._attr(dc, child.segs[0][0])
                if a is not None and a.kind in (REL1, RELN) and child.segs[0][1] is None:
                    groups.setdefault(child.segs[0][0], []).append(child)
                    continue
            part = self.node(dc, child, al)
            (sql if type(part) is Sql else py).append(part)
        for seg_name, conds in groups.items():
            if len(conds) == 1:
                part = self.cond(dc, conds[0], al)
            else:
                inner = And([Cond(c.segs[1:], c.op, c.value) for c in conds])
                part = self.through(dc, self._attr(dc, seg_name), inner, al, And(conds))
            (sql if type(part) is Sql else py).append(part)
        for p in py:
            if type(p) is Py and p.pre is not None:
                sql.append(p.pre)
        pre = Sql(" AND ".join(f"({p.text})" for p in sql), [x for p in sql for x in p.params]) if sql else None
        if not py:
            return pre
        return Py(node, pre)

    def _attr(self, dc, seg_name: str):
        return dc.attrs.get(seg_name.split("{")[0] if "{" in seg_name else seg_name)

    def cond(self, dc, c: Cond, al: str):
        name, mode = c.segs[0]
        a = self._attr(dc, name)
        if a is None:
            raise err("orda_no_attribute", name=".".join(s[0] for s in c.segs), dataclass=dc.name)
        if a.kind == ALIAS:
            segs = [(p, None) for p in a.path.split(".")]
            segs[-1] = (segs[-1][0], mode)
            return self.cond(dc, Cond(segs + list(c.segs[1:]), c.op, c.value), al)
        if a.kind == STORAGE:
            if len(c.segs) == 1 and mode is None and a.field.kind not in ("object", "blob", "picture"):
                return self.scalar(dc, a.field, f"{al}.", c.op, c.value)
            if len(c.segs) == 1 and c.value is None and c.op in ("eq", "is", "ne", "isnot"):
                null = c.op in ("eq", "is")
                return Sql(f"{al}.{q(a.name)} IS {'' if null else 'NOT '}NULL", [])
            return Py(c)
        if a.kind == REL1 and len(c.segs) == 1:
            return self.related_key(dc, a, c, al)
        if a.kind in (REL1, RELN) and len(c.segs) > 1:
            return self.through(dc, a, Cond(c.segs[1:], c.op, c.value), al, c)
        if a.kind == COMPUTED and a.query_fn is not None and len(c.segs) == 1:
            return self.computed(dc, a, c, al)
        return Py(c)

    def through(self, dc, a, inner, al: str, whole):
        target = self.store.dataclasses[a.target]
        a2 = self.alias()
        part = self.node(target, inner, a2)
        if type(part) is not Sql:
            return Py(whole)
        lay, tlay = dc.layout, target.layout
        if a.kind == REL1:
            outer, sub = f"{al}.{lay.col[a.fk]}", f"{a2}.{tlay.col[a.ref]}"
        else:
            outer, sub = f"{al}.{lay.col[a.ref]}", f"{a2}.{tlay.col[a.fk]}"
        return Sql(f"{outer} IN (SELECT {sub} FROM {tlay.sql} {a2} WHERE {part.text})", part.params)

    def related_key(self, dc, a, c: Cond, al: str):
        col = f"{al}.{dc.layout.col[a.fk]}"
        v = c.value
        if v is None:
            if c.op in ("eq", "is"):
                return Sql(f"{col} IS NULL", [])
            if c.op in ("ne", "isnot"):
                return Sql(f"{col} IS NOT NULL", [])
        fk = dc.table.field(a.fk)
        if c.op in ("eq", "is", "ne", "isnot", "in"):
            return self.scalar(dc, fk, f"{al}.", c.op, v)
        return Py(c)

    def computed(self, dc, a, c: Cond, al: str):
        from stdlib_4d.data.qparse import parse

        operator = {"eq": "==", "is": "===", "ne": "!=", "isnot": "!==", "lt": "<", "le": "<=", "gt": ">",
                    "ge": ">=", "in": "IN", "kw": "%"}[c.op]
        event = Obj(attributeName=a.name, dataClassName=dc.name, kind="query", value=c.value, operator=operator)
        result = a.query_fn.py(None, event)
        if "result" in event:
            result = dict.__getitem__(event, "result")
        if result is None or result is UNDEF:
            return Py(c)
        if type(result) is str:
            tree, _order, _links = parse(result, (), None)
        elif isinstance(result, Obj):
            params = dict.get(result, "parameters", Coll())
            tree, _order, _links = parse(str(dict.get(result, "query", "")), tuple(list.copy(params)), None)
        else:
            raise err("orda_query", detail=f"the query function of {a.name} must return a Text or an Object",
                      query="")
        return self.node(dc, tree, al)

    # ------------------------------------------------------------------ scalar comparisons

    def scalar(self, dc, f, prefix: str, op: str, value):
        col = prefix + q(f.name)
        if value is None:
            if op in ("eq", "is"):
                return Sql(f"{col} IS NULL", [])
            if op in ("ne", "isnot"):
                return Sql(f"{col} IS NOT NULL", [])
            return FALSE
        if op == "in":
            items = list.copy(value) if isinstance(value, Coll) else [value]
            parts = [self.scalar(dc, f, prefix, "eq", v) for v in items]
            parts = [p for p in parts if p is not FALSE]
            if not parts:
                return FALSE
            return Sql(" OR ".join(f"({p.text})" for p in parts), [x for p in parts for x in p.params])
        if f.kind == "text":
            return self.text(f, prefix, op, value)
        v = convert.query_value(f.kind, value)
        if v is UNDEF:
            return FALSE
        v = convert.to_sql(f.kind, v) if f.kind in ("int", "time") and type(v) is float and v.is_integer() else v
        if f.kind == "bool" and self.b.kind != "postgres":
            v = 1 if v else 0
        ph = self.b.ph
        if op in ("eq", "is"):
            return Sql(f"{col} = {ph}", [v])
        if op in ("ne", "isnot"):
            return Sql(f"{col} <> {ph}", [v])
        if op == "kw":
            return FALSE
        return Sql(f"{col} {_SQL_OP[op]} {ph}", [v])

    def text(self, f, prefix: str, op: str, value):
        v = convert.query_value("text", value)
        if v is UNDEF:
            return FALSE
        key = prefix + q(f.name + "#k")
        col = prefix + q(f.name)
        ph = self.b.ph
        if op == "kw":
            pre = Sql(f"{key} LIKE {ph} ESCAPE '\\'", ["%" + _like(textcmp.key(v.rstrip("@"))) + "%"])
            return Py(Cond([(f.name, None)], op, value), pre)
        if op in ("eq", "ne"):
            if "@" in v:
                if "@@" in v:
                    match = FALSE
                else:
                    pattern = "%".join(_like(textcmp.key(p)) for p in v.split("@"))
                    match = Sql(f"{key} LIKE {ph} ESCAPE '\\'", [pattern])
            else:
                match = Sql(f"{key} = {ph}", [textcmp.key(v)])
        elif op in ("is", "isnot"):
            match = Sql(f"{key} = {ph}", [textcmp.key(v)])
        else:
            if v.endswith("@") and not v.endswith("@@"):
                kb = textcmp.key(v[:-1])
                return Sql(f"substr({key}, 1, {len(kb)}) {_SQL_OP[op]} {ph}", [kb])
            return Sql(f"{key} {_SQL_OP[op]} {ph}", [textcmp.key(v)])
        if op in ("ne", "isnot"):
            return Sql(f"{col} IS NOT NULL AND NOT ({match.text})", match.params)
        return match


_SQL_OP = {"lt": "<", "le": "<=", "gt": ">", "ge": ">="}


def _like(s: str) -> str:
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def compile_where(dc, tree):
    """(Sql or None, Python node or None) for a query tree on dc, alias t0."""
    part = Compiler(dc.store).node(dc, tree, "t0")
    if part is None:
        return None, None
    if type(part) is Sql:
        return part, None
    return part.pre, part.node


# ---------------------------------------------------------------- sorting


def order_sql(dc, order: list, comp: Compiler | None = None) -> list[str] | None:
    """ORDER BY expressions for [(path parts, descending)], or None when 4D code must sort."""
    comp = comp or Compiler(dc.store)
    out: list[str] = []
    for parts, desc in order:
        exprs = _order_expr(comp, dc, parts, desc)
        if exprs is None:
            return None
        out += exprs
    return out


def _order_expr(comp: Compiler, dc, parts: list[str], desc: bool):
    from stdlib_4d.data.selection_ops import parse_order

    store = dc.store
    attrs = store.resolve_path(dc, parts, who="orderBy", quiet=True)
    if not attrs:
        raise err("orda_no_attribute", name=".".join(parts), dataclass=dc.name)
    last = attrs[-1]
    if last.kind == COMPUTED and len(attrs) == 1 and last.order_fn is not None:
        event = Obj(attributeName=last.name, dataClassName=dc.name, kind="orderBy",
                    operator="desc" if desc else "asc", descending=desc)
        result = last.order_fn.py(None, event)
        if "result" in event:
            result = dict.__getitem__(event, "result")
        if type(result) is not str or not result:
            return None
        return order_sql(dc, parse_order(result, "orderBy"), comp)
    if last.kind != STORAGE or last.field.kind in ("object", "blob", "picture") or \
            any(a.kind != REL1 for a in attrs[:-1]) or len(parts) != len(attrs):
        return None
    direction = "DESC NULLS LAST" if desc else "ASC NULLS FIRST"
    al = "t0"
    current = dc
    chain = []
    for a in attrs[:-1]:
        target = store.dataclasses[a.target]
        chain.append((current, a, target))
        current = target
    col = current.layout.cmp_col(last.name)
    if not chain:
        return [f"{al}.{col} {direction}"]
    inner = None
    for src, a, target in reversed(chain):
        a2 = comp.alias()
        value = f"{a2}.{col}" if inner is None else inner.replace("@@OUTER@@", a2)
        inner = (f"(SELECT {value} FROM {target.layout.sql} {a2} "
                 f"WHERE {a2}.{target.layout.col[a.ref]} = @@OUTER@@.{src.layout.col[a.fk]})")
    expr = inner.replace("@@OUTER@@", al)
    return [f"{expr} {direction}"]


def order_keys(dc, keys: list, order: list) -> list | None:
    """The keys sorted by the criteria (duplicates kept), in SQL when it can."""
    if not order:
        return list(keys)
    exprs = order_sql(dc, order)
    if exprs is None:
        from stdlib_4d.data.qeval import python_order

        return python_order(dc, keys, order)
    lay, b = dc.layout, dc.store.backend
    wanted = set(keys)
    sql = f"SELECT t0.{lay.pk_col} FROM {lay.sql} t0"
    params: list = []
    if len(wanted) <= 500:
        if not wanted:
            return []
        params = list(dict.fromkeys(keys))
        sql += f" WHERE t0.{lay.pk_col} IN ({', '.join([b.ph] * len(params))})"
    sql += f" ORDER BY {', '.join(exprs)}, t0.{b.row_order}"
    found = dc.rec.keys_of(b.rows(sql, params))
    if len(wanted) == len(keys):  # no duplicates (the usual case): keep the wanted ones
        if params or (len(found) == len(wanted) and wanted.issuperset(found)):
            return found  # (a selection of the whole table: every row found is wanted)
        return [k for k in found if k in wanted]
    counts = Counter(keys)
    out = []
    for k in found:
        n = counts.get(k)
        if n:
            out.extend([k] * n)
    return out
