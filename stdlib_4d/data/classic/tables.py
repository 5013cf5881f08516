"""Tables and fields: `[Table]`, `[Table]Field`, pointers to them, and the structure commands.

Stage: data layer, classic database language. A table is a TableHandle
(its dataclass); `->[Table]Field` is a runtime Pointer whose `ref` is the
FIELDS marker, `name` the table and `index` the field number, so that two
pointers to the same field are equal. Field values are read from and
written to the current record of the table (state.py) as the classic
language types them: a Time field is a Time, every number a Real.
"""

from __future__ import annotations

from runtime import unsupported
from runtime.codes import err, type_name
from runtime.registry import command
from runtime.values import STAR, UNDEF, Date4D, Pointer, Time4D
from stdlib_4d.data import convert


class _Marker:
    __slots__ = ("what",)

    def __init__(self, what: str) -> None:
        self.what = what

    def __repr__(self) -> str:
        return self.what

    def resolve_pointer(self, p) -> tuple[float, float]:
        """(table number, field number) of a pointer to a field, (table number, 0) of one to a table."""
        dc = dataclass_named(p.name)
        return float(dc.table.number), float(p.index) if self is FIELDS else 0.0


FIELDS = _Marker("fields")
TABLES = _Marker("tables")


class TableHandle:
    """`[Table]` as the classic commands receive it."""

    __slots__ = ("dc",)

    def __init__(self, dc) -> None:
        self.dc = dc

    @property
    def name(self) -> str:
        return self.dc.name

    @property
    def number(self) -> int:
        return self.dc.table.number

    def __eq__(self, other) -> bool:
        return type(other) is TableHandle and other.dc is self.dc

    def __hash__(self) -> int:
        return hash(self.dc.name)

    def __repr__(self) -> str:
        return f"[{self.dc.name}]"


class Criterion:
    """`[Table]Field comparator value` given to QUERY (with the conjunction written before it)."""

    __slots__ = ("field", "op", "value", "conj")

    def __init__(self, field, op: str, value, conj: str = "") -> None:
        self.field = field
        self.op = {"≤": "<=", "≥": ">=", "≠": "#"}.get(op, op)
        self.value = value
        self.conj = conj


def store():
    from stdlib_4d.data.opening import current_store

    return current_store()


def dataclass_named(name: str):
    dcs = store().dataclasses
    dc = dcs.get(name)
    if dc is None:
        low = name.lower()
        dc = next((d for n, d in dcs.items() if n.lower() == low), None)
    if dc is None:
        model = getattr(store(), "model", None)
        missing = [n for n in (model.without_key if model is not None else []) if n.lower() == name.lower()]
        if missing:
            raise err("classic_no_primary_key", name=missing[0])  # not in ds (dsMapping.md)
        raise err("classic_no_table", name=name)
    return dc


def dataclass_numbered(number: int):
    for dc in store().dataclasses.values():
        if dc.table.number == number:
            return dc
    raise err("classic_table_number", number=number)


def field_named(dc, name: str):
    f = dc.table.field(name)
    if f is None:
        low = name.lower()
        f = next((x for x in dc.table.fields if x.name.lower() == low), None)
    if f is None:
        raise err("classic_no_field", name=name, table=dc.name)
    return f


def table_of(value, cmd: str, index: int = 1):
    """The dataclass a table argument designates ([T], ->[T], a pointer to a field gives its table)."""
    for _ in range(8):
        if type(value) is TableHandle:
            return value.dc
        if type(value) is Pointer:
            if value.ref is TABLES:
                return dataclass_named(value.name)
            if value.ref is FIELDS:
                return dataclass_named(value.name)
            value = value.get()
            continue
        break
    raise err("bad_param_type", index=index, callee=cmd, detail=f"a table was expected, got {type_name(value)}")


def is_table(value) -> bool:
    return type(value) is TableHandle or (type(value) is Pointer and value.ref is TABLES)


def is_field(value) -> bool:
    return type(value) is Pointer and value.ref is FIELDS


def field_of(value, cmd: str, index: int):
    """(dataclass, catalog Field) of a field argument ([T]F or a pointer to it)."""
    for _ in range(8):
        if type(value) is Pointer:
            if value.ref is FIELDS:
                dc = dataclass_named(value.name)
                return dc, _field_numbered(dc, value.index)
            if value.ref is TABLES:
                break
            value = value.get()
            continue
        break
    raise err("bad_param_type", index=index, callee=cmd, detail=f"a field was expected, got {type_name(value)}")


def _field_numbered(dc, number: int):
    for f in dc.table.fields:
        if f.number == number:
            return f
    raise err("classic_field_number", number=number, table=dc.name)


# ---------------------------------------------------------------- values


def to_classic(f, v):
    """An entity's attribute value as `[Table]Field` reads it."""
    if v is None:
        return blank(f)
    if f.kind == "time":
        return Time4D(int(v))
    return v


def blank(f):
    """What a field reads when there is no current record or it holds Null."""
    kind = f.kind
    if kind == "text":
        return ""
    if kind in ("int", "real"):
        return 0.0
    if kind == "bool":
        return False
    if kind == "date":
        return Date4D.NULL
    if kind == "time":
        return Time4D(0)
    return None


def read_field(dc, f):
    from stdlib_4d.data.classic.state import table_state

    st = table_state(dc)
    if st.record is None:
        return blank(f)
    return to_classic(f, st.record.data.get(f.name))


def write_field(dc, f, value) -> None:
    from stdlib_4d.data.classic.state import table_state

    st = table_state(dc)
    e = st.record
    if e is None:
        return  # no current record: the assignment has nowhere to go (docs/decisions.md)
    store_value(e, f, convert.to_attr(f, value, f"[{dc.name}]{f.name}"))


def store_value(e, f, v) -> None:
    """Give a field of a record a value already in its attribute's form (its old value kept for Old)."""
    if f.name not in e.touched_names:
        e.touched_names.append(f.name)
        if not e.new:
            e.keep_old(f.name)
    e.data[f.name] = v


def field_pointer(table_name: str, field_name: str) -> Pointer:
    dc = dataclass_named(table_name)
    f = field_named(dc, field_name)
    return make_field_pointer(dc, f)


def make_field_pointer(dc, f) -> Pointer:
    return Pointer(lambda: read_field(dc, f), lambda v: write_field(dc, f, v), f"[{dc.name}]{f.name}",
                   ref=FIELDS, name=dc.name, index=f.number)


def table_pointer(name: str) -> Pointer:
    dc = dataclass_named(name)
    return make_table_pointer(dc)


def make_table_pointer(dc) -> Pointer:
    handle = TableHandle(dc)

    def cannot_assign(_v):
        raise err("classic_table_assign", name=dc.name)

    return Pointer(lambda: handle, cannot_assign, f"[{dc.name}]", ref=TABLES, name=dc.name)


def _criterion(field_ref, op: str, value, conj: str = ""):
    if not is_field(field_ref):
        field_of(field_ref, "QUERY", 2)  # a pointer to a field arrives resolved; anything else: the error
    return Criterion(field_ref, op, value, conj)


unsupported.CLASSIC.update({
    "table": lambda name: TableHandle(dataclass_named(name)),
    "field": lambda t, f: read_field(*(lambda dc: (dc, field_named(dc, f)))(dataclass_named(t))),
    "set_field": lambda t, f, v: write_field(*(lambda dc: (dc, field_named(dc, f)))(dataclass_named(t)), v),
    "field_pointer": field_pointer,
    "table_pointer": table_pointer,
    "criterion": _criterion,
})


# ---------------------------------------------------------------- structure commands


def _number(v, cmd: str, index: int) -> int:
    if type(v) in (float, int) and not isinstance(v, bool):
        return int(v)
    raise err("bad_param_type", index=index, callee=cmd, detail=f"a number was expected, got {type_name(v)}")


@command("Table")
def table_cmd(what):
    """Table(tableNum) -> pointer; Table(->[T] or ->[T]F) -> number."""
    if type(what) in (float, int):
        return make_table_pointer(dataclass_numbered(int(what)))
    if is_field(what) or is_table(what) or type(what) is TableHandle:
        return float(table_of(what, "Table").table.number)
    if type(what) is Pointer:
        target = what.get()
        if is_field(target) or is_table(target) or type(target) is TableHandle:
            return float(table_of(target, "Table").table.number)
    raise err("bad_param_type", index=1, callee="Table",
              detail=f"a table number or a pointer to a table or field was expected, got {type_name(what)}")


@command("Field")
def field_cmd(what, field_num=UNDEF):
    """Field(tableNum; fieldNum) -> pointer; Field(->[T]F) -> number."""
    if field_num is not UNDEF:
        dc = dataclass_numbered(_number(what, "Field", 1))
        return make_field_pointer(dc, _field_numbered(dc, _number(field_num, "Field", 2)))
    if type(what) is Pointer:
        _dc, f = field_of(what, "Field", 1)
        return float(f.number)
    raise err("bad_param_type", index=1, callee="Field",
              detail=f"a pointer to a field was expected, got {type_name(what)}")


@command("Table name", returns="text")
def table_name(what):
    if type(what) in (float, int):
        return dataclass_numbered(int(what)).name
    return table_of(what, "Table name").name


@command("Field name", returns="text")
def field_name(what, field_num=UNDEF):
    if field_num is not UNDEF:
        dc = dataclass_numbered(_number(what, "Field name", 1))
        return _field_numbered(dc, _number(field_num, "Field name", 2)).name
    return field_of(what, "Field name", 1)[1].name


@command("Last table number", returns="integer")
def last_table_number():
    return float(max((dc.table.number for dc in store().dataclasses.values()), default=0))


@command("Last field number", returns="integer")
def last_field_number(table):
    dc = dataclass_numbered(int(table)) if type(table) in (float, int) else table_of(table, "Last field number")
    return float(max((f.number for f in dc.table.fields), default=0))


@command("Is table number valid", returns="boolean")
def is_table_number_valid(number):
    n = _number(number, "Is table number valid", 1)
    return any(dc.table.number == n for dc in store().dataclasses.values())


@command("Is field number valid", returns="boolean")
def is_field_number_valid(table, number):
    try:
        dc = dataclass_numbered(int(table)) if type(table) in (float, int) else table_of(table, "Is field number valid")
    except Exception:  # noqa: BLE001 - an invalid table makes the field invalid
        return False
    n = _number(number, "Is field number valid", 2)
    return any(f.number == n for f in dc.table.fields)


_FIELD_TYPES = {"text": 2, "real": 1, "int": 9, "bool": 6, "date": 4, "time": 11, "picture": 3, "blob": 30,
                "object": 38}


@command("GET FIELD PROPERTIES", outputs=(2, 3, 4, 5, 6, 7))
def get_field_properties(what, *outs):
    """GET FIELD PROPERTIES(fieldPtr or tableNum; {fieldNum;} type {; length {; indexed {; unique {; invisible}}}})."""
    if type(what) in (float, int):
        if not outs:
            raise err("param_count", callee="GET FIELD PROPERTIES", detail="a field number is expected")
        dc = dataclass_numbered(int(what))
        f = _field_numbered(dc, _number(plain(outs[0]), "GET FIELD PROPERTIES", 2))
        outs = outs[1:]
    else:
        dc, f = field_of(what, "GET FIELD PROPERTIES", 1)
    code = _FIELD_TYPES.get(f.kind, 0)
    if f.kind == "text" and not f.is_text:
        code = 0  # Alpha
    if f.kind == "int" and f.code == 8:
        code = 8  # Integer
    if f.kind == "int" and f.code == 25:
        code = 25  # Integer 64 bits
    indexed = f.indexed or f.keyword_indexed or f.unique or f.name == dc.table.primary_key  # unique: a UNIQUE index
    values = [float(code), 0.0, indexed, f.unique,
              f.invisible]
    for target, v in zip(outs, values):
        put(target, v)


def _field_and_outputs(what, outs: tuple, cmd: str):
    """(dataclass, field, the other parameters) of `fieldPtr | tableNum; fieldNum; ...`."""
    what = plain(what)
    if type(what) in (float, int):
        if not outs:
            raise err("param_count", callee=cmd, detail="a field number is expected")
        dc = dataclass_numbered(int(what))
        return dc, _field_numbered(dc, _number(plain(outs[0]), cmd, 2)), outs[1:]
    dc, f = field_of(what, cmd, 1)
    return dc, f, outs


@command("GET FIELD ENTRY PROPERTIES", outputs=(2, 3, 4, 5, 6))
def get_field_entry_properties(what, *outs):
    """GET FIELD ENTRY PROPERTIES(fieldPtr | tableNum {; fieldNum}; list; mandatory; displayOnly; modifiable):
    the field's data entry attributes in the catalog; no choice list is known ("")."""
    cmd = "GET FIELD ENTRY PROPERTIES"
    dc, f, outs = _field_and_outputs(what, outs, cmd)
    if len(outs) < 4:
        raise err("param_count", callee=cmd, detail="list, mandatory, displayOnly and modifiable are expected")
    for target, v in zip(outs, ("", *f.entry)):
        put(target, v)


# ---------------------------------------------------------------- Null values (the SQL theme's)


@command("Is field value Null", returns="boolean", outputs=(1,))
def is_field_value_null(field):
    """Is field value Null(aField): True when the field of the current record holds Null (never for a field
    that maps Null values to blank values, nor without a current record)."""
    from stdlib_4d.data.classic.state import table_state

    dc, f = field_of(field, "Is field value Null", 1)
    e = table_state(dc).record
    return e is not None and not f.never_null and e.data.get(f.name) is None


@command("SET FIELD VALUE NULL", outputs=(1,))
def set_field_value_null(field):
    """SET FIELD VALUE NULL(aField): the field of the current record holds Null (its blank value when it
    maps Null values to blank values)."""
    from stdlib_4d.data.classic.state import table_state

    dc, f = field_of(field, "SET FIELD VALUE NULL", 1)
    e = table_state(dc).record
    if e is None:
        return
    if f.never_null:
        write_field(dc, f, blank(f))
        return
    store_value(e, f, None)


def _table_or_number(what, cmd: str):
    if type(what) in (float, int):
        return dataclass_numbered(int(what))
    return table_of(what, cmd, 1)


@command("GET TABLE PROPERTIES", outputs=(1, 2, 3, 4, 5, 6))
def get_table_properties(what, *outs):
    """GET TABLE PROPERTIES(tablePtr | tableNum; invisible {; trigSaveNew {; trigSaveRec {; trigDelRec
    {; trigLoadRec}}}}): the table's Invisible attribute and its triggers, as the catalog sets them."""
    cmd = "GET TABLE PROPERTIES"
    if not outs:
        raise err("param_count", callee=cmd, detail="the invisible parameter is expected")
    table = _table_or_number(plain(what), cmd).table
    for target, v in zip(outs, (table.invisible, *table.triggers)):
        put(target, v)


@command("GET RELATION PROPERTIES", outputs=(1, 2, 3, 4, 5, 6, 7))
def get_relation_properties(what, *outs):
    """GET RELATION PROPERTIES(fieldPtr | tableNum {; fieldNum}; oneTable; oneField {; choiceField
    {; autoOne {; autoMany}}}): the One table and field the field's Many-to-One relation leads to
    (0 and 0 when it starts none), its choice field and its automatic settings in the catalog."""
    cmd = "GET RELATION PROPERTIES"
    dc, f, outs = _field_and_outputs(what, outs, cmd)
    if len(outs) < 2:
        raise err("param_count", callee=cmd, detail="the oneTable and oneField parameters are expected")
    model = getattr(store(), "model", None)
    rel = next((r for r in (model.relations if model is not None else [])
                if r.source == dc.name and r.source_field == f.name), None)
    values = [0.0, 0.0, 0.0, False, False]
    if rel is not None:
        one = dataclass_named(rel.dest)
        values = [float(one.table.number), float(field_named(one, rel.dest_field).number), float(rel.choice_field),
                  rel.auto_n1, rel.auto_1n]
    for target, v in zip(outs, values):
        put(target, v)


def plain(value):
    """A value given in an output position: the variable's value rather than a pointer to it."""
    for _ in range(8):
        if type(value) is not Pointer or value.ref is FIELDS or value.ref is TABLES:
            return value
        value = value.get()
    return value


def put(target, value) -> None:
    """Write an output parameter (a pointer to a variable, or to a field)."""
    from runtime.support import out_target

    p = out_target(target)
    if type(p) is Pointer:
        p.set(value)
    elif p is not STAR:
        raise err("bad_param_type", index=0, callee="", detail=f"a variable was expected, got {type_name(p)}")
