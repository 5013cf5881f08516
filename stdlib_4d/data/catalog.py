"""Catalog: a 4D project's structure (Project/Sources/catalog.4DCatalog) as a model.

Stage: data layer, first step. Reads the XML catalog into Tables, Fields,
Relations and index flags; knows nothing of SQL or of 4D values. ORDA's
mapping rules (docs/ORDA/dsMapping.md) are applied here: tables without a
single primary key, and trashed tables, are not part of the datastore.
A catalog that cannot be read raises CatalogError (its message names the
file and the line).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass, field

from stdlib_4d.data import find_catalog  # noqa: F401  (where it used to be)

# The catalog's field type codes, and what run4d stores for each.
KINDS = {
    1: "bool", 3: "int", 4: "int", 5: "int", 6: "real", 7: "real", 8: "date", 9: "time",
    10: "text", 12: "picture", 14: "text", 18: "blob", 21: "object",
}
# 4D's Value type constants, for DataClassAttribute.fieldType.
VALUE_TYPES = {1: 6, 3: 8, 4: 9, 5: 25, 6: 1, 7: 35, 8: 4, 9: 11, 12: 3, 14: 2, 18: 30, 21: 38}
# DataClassAttribute.type
CONCEPT = {"bool": "bool", "int": "number", "real": "number", "date": "date", "time": "number",
           "text": "string", "picture": "image", "blob": "blob", "object": "object"}


class CatalogError(Exception):
    """The catalog cannot be read or describes something impossible."""


@dataclass
class Field:
    name: str
    number: int
    uuid: str
    code: int  # the catalog's type code
    kind: str  # one of KINDS' values
    autoseq: bool = False  # Autoincrement
    auto_uuid: bool = False  # Auto UUID
    is_uuid: bool = False
    unique: bool = False
    mandatory: bool = False  # "Reject NULL value input"
    never_null: bool = False  # "Map NULL values to blank values"
    indexed: bool = False
    keyword_indexed: bool = False
    exposed: bool = True
    invisible: bool = False  # <field_extra visible="false">
    entry: tuple = (False, False, True)  # <field_extra>: mandatory, display only (enterable="false"), modifiable

    @property
    def value_type(self) -> int:
        if self.code == 10:
            return 0 if not self.is_text else 2
        return VALUE_TYPES.get(self.code, 0)

    is_text: bool = True  # Text (no limiting length) rather than Alpha


@dataclass
class Relation:
    name_n1: str  # relatedEntity attribute in the source (N) table
    name_1n: str  # relatedEntities attribute in the destination (1) table
    source: str  # table name of the N side
    source_field: str  # its foreign key field
    dest: str  # table name of the 1 side
    dest_field: str  # the field the foreign key points at (usually the primary key)
    auto_n1: bool = False  # auto_load_Nto1
    auto_1n: bool = False  # auto_load_1toN
    choice_field: int = 0  # <relation_extra choice_field>


@dataclass
class Table:
    name: str
    number: int
    uuid: str
    fields: list[Field] = field(default_factory=list)
    primary_key: str | None = None
    exposed: bool = True
    invisible: bool = False  # <table_extra visible="false">
    triggers: tuple = (False, False, False, False)  # on saving new, saving, deleting, loading a record

    def field(self, name: str) -> Field | None:
        return next((f for f in self.fields if f.name == name), None)


@dataclass
class Model:
    name: str = ""
    tables: list[Table] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    path: str = ""
    without_key: list[str] = field(default_factory=list)  # tables left out of ds (no single primary key)

    def table(self, name: str) -> Table | None:
        return next((t for t in self.tables if t.name == name), None)


def _flag(el: ET.Element, name: str) -> bool:
    return el.get(name, "false").lower() == "true"


def _int(el: ET.Element, name: str, path: str) -> int:
    text = el.get(name)
    try:
        return int(text)
    except (TypeError, ValueError):
        raise CatalogError(f"{path}: <{el.tag} name=\"{el.get('name', '')}\"> has no valid {name}") from None


def read_catalog(path: str) -> Model:
    """The model described by a catalog file (CatalogError if it cannot be read)."""
    try:
        with open(path, "rb") as fh:
            data = fh.read()
    except OSError as e:
        raise CatalogError(f"{path}: cannot read the catalog: {e.strerror}") from None
    return parse_catalog(data, path)


def parse_catalog(data: bytes, path: str = "catalog.4DCatalog") -> Model:
    try:
        root = ET.fromstring(data)
    except ET.ParseError as e:
        line, col = e.position
        raise CatalogError(f"{path}:{line}:{col + 1}: the catalog is not well-formed XML") from None
    if root.tag != "base":
        raise CatalogError(f"{path}: not a 4D catalog (the root element is <{root.tag}>, not <base>)")
    model = Model(root.get("name", ""), path=path)
    by_uuid: dict[str, tuple[Table, Field]] = {}
    tables: list[Table] = []
    for tel in root.findall("table"):
        table = _read_table(tel, path)
        extra = tel.find("table_extra")
        if extra is not None and _flag(extra, "trashed"):
            continue
        tables.append(table)
        for f in table.fields:
            by_uuid[f.uuid] = (table, f)
    names = [t.name for t in tables]
    dup = next((n for n in names if names.count(n) > 1), None)
    if dup is not None:
        raise CatalogError(f"{path}: two tables are named \"{dup}\"")
    _read_indexes(root, by_uuid)
    model.tables = [t for t in tables if t.primary_key is not None]
    model.without_key = [t.name for t in tables if t.primary_key is None]
    kept = {t.name for t in model.tables}
    for rel in root.findall("relation"):
        r = _read_relation(rel, by_uuid, path)
        if r is not None and r.source in kept and r.dest in kept:
            model.relations.append(r)
    return model


def _read_table(tel: ET.Element, path: str) -> Table:
    name = tel.get("name")
    if not name:
        raise CatalogError(f"{path}: a <table> has no name")
    table = Table(name, _int(tel, "id", path), tel.get("uuid", ""), exposed=not _flag(tel, "hide_in_REST"))
    extra = tel.find("table_extra")
    if extra is not None:
        table.invisible = extra.get("visible") == "false"
        table.triggers = tuple(_flag(extra, f"trigger_{k}") for k in ("insert", "update", "delete", "load"))
    for fel in tel.findall("field"):
        table.fields.append(_read_field(fel, table, path))
    pks = tel.findall("primary_key")
    if len(pks) == 1:
        pk = pks[0].get("field_name")
        uuid = pks[0].get("field_uuid")
        f = next((f for f in table.fields if f.uuid == uuid), None) or table.field(pk or "")
        if f is None:
            raise CatalogError(f"{path}: the primary key of table \"{name}\" names no field of it")
        table.primary_key = f.name
    return table


def _read_field(fel: ET.Element, table: Table, path: str) -> Field:
    name = fel.get("name")
    if not name:
        raise CatalogError(f"{path}: a field of table \"{table.name}\" has no name")
    code = _int(fel, "type", path)
    kind = KINDS.get(code)
    if kind is None:
        raise CatalogError(f"{path}: field \"{table.name}.{name}\" has an unknown type ({code})")
    if table.field(name) is not None:
        raise CatalogError(f"{path}: table \"{table.name}\" has two fields named \"{name}\"")
    f = Field(name, _int(fel, "id", path), fel.get("uuid", ""), code, kind)
    f.autoseq = _flag(fel, "autosequence")
    f.is_uuid = _flag(fel, "store_as_UUID")
    f.auto_uuid = _flag(fel, "autogenerate")
    f.unique = _flag(fel, "unique")
    f.mandatory = _flag(fel, "not_null")
    f.never_null = _flag(fel, "never_null")
    f.exposed = not _flag(fel, "hide_in_REST")
    fx = fel.find("field_extra")
    f.invisible = fx is not None and fx.get("visible") == "false"
    if fx is not None:
        f.entry = (_flag(fx, "mandatory"), fx.get("enterable") == "false", fx.get("modifiable") != "false")
    f.is_text = code == 14 or (code == 10 and fel.get("limiting_length") is None and not f.is_uuid)
    return f


def _read_indexes(root: ET.Element, by_uuid: dict) -> None:
    for iel in root.findall("index"):
        keyword = iel.get("kind") == "keywords"
        refs = iel.findall("field_ref")
        if len(refs) != 1:
            continue  # composite indexes make no attribute "indexed"
        found = by_uuid.get(refs[0].get("uuid", ""))
        if found is None:
            continue
        if keyword:
            found[1].keyword_indexed = True
        else:
            found[1].indexed = True


def _read_relation(rel: ET.Element, by_uuid: dict, path: str) -> Relation | None:
    ends = {}
    for rf in rel.findall("related_field"):
        ref = rf.find("field_ref")
        if ref is None:
            continue
        found = by_uuid.get(ref.get("uuid", ""))
        if found is None:
            return None  # a relation to a trashed table or field
        ends[rf.get("kind")] = found
    if "source" not in ends or "destination" not in ends:
        raise CatalogError(f"{path}: a <relation> lacks its source or destination field")
    (st, sf), (dt, df) = ends["source"], ends["destination"]
    extra = rel.find("relation_extra")
    try:
        choice = int(extra.get("choice_field", "0")) if extra is not None else 0
    except ValueError:
        choice = 0
    return Relation(rel.get("name_Nto1", ""), rel.get("name_1toN", ""), st.name, sf.name, dt.name, df.name,
                    _flag(rel, "auto_load_Nto1"), _flag(rel, "auto_load_1toN"), choice)
