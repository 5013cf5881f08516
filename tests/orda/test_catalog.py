"""The catalog reader: structures it maps, catalogs it refuses (with where and why)."""

from __future__ import annotations

import pytest

from stdlib_4d.data.catalog import CatalogError, parse_catalog

HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n<base name="T" uuid="B1">\n'


def cat(body: str) -> bytes:
    return (HEAD + body + "\n</base>").encode()


def table(name: str, tid: int, fields: str, pk: str | None = "ID", extra: str = "") -> str:
    key = f'<primary_key field_name="{pk}" field_uuid="{name}-{pk}"/>' if pk else ""
    return f'<table name="{name}" uuid="T{tid}" id="{tid}">{fields}{key}{extra}</table>'


def field(table_name: str, name: str, fid: int, ftype: int, attrs: str = "") -> str:
    return f'<field name="{name}" uuid="{table_name}-{name}" type="{ftype}" id="{fid}" {attrs}/>'


def test_tables_fields_types_keys_and_relations():
    body = table("Company", 1, field("Company", "ID", 1, 4, 'autosequence="true"') +
                 field("Company", "name", 2, 10, 'limiting_length="80"') + field("Company", "memo", 3, 10)) + \
        table("Employee", 2, field("Employee", "ID", 1, 10, 'store_as_UUID="true" autogenerate="true"') +
              field("Employee", "companyID", 2, 4) + field("Employee", "data", 3, 21) +
              field("Employee", "born", 4, 8) + field("Employee", "pic", 5, 12)) + \
        '<relation name_Nto1="employer" name_1toN="staff"><related_field kind="source">' \
        '<field_ref uuid="Employee-companyID"/></related_field><related_field kind="destination">' \
        '<field_ref uuid="Company-ID"/></related_field></relation>' \
        '<index kind="regular"><field_ref uuid="Company-name"/></index>'
    model = parse_catalog(cat(body))
    company, employee = model.tables
    assert company.primary_key == "ID" and company.field("ID").autoseq
    assert company.field("name").kind == "text" and not company.field("name").is_text
    assert company.field("memo").is_text and company.field("name").indexed
    assert employee.field("ID").is_uuid and employee.field("ID").auto_uuid
    assert [f.kind for f in employee.fields] == ["text", "int", "object", "date", "picture"]
    rel = model.relations[0]
    assert (rel.name_n1, rel.name_1n, rel.source, rel.source_field, rel.dest, rel.dest_field) == \
        ("employer", "staff", "Employee", "companyID", "Company", "ID")


def test_tables_without_a_single_primary_key_or_trashed_are_not_in_the_datastore():
    body = table("NoKey", 1, field("NoKey", "a", 1, 10), pk=None) + \
        table("Trashed", 2, field("Trashed", "ID", 1, 4), extra='<table_extra trashed="true"/>') + \
        table("Kept", 3, field("Kept", "ID", 1, 4))
    assert [t.name for t in parse_catalog(cat(body)).tables] == ["Kept"]


@pytest.mark.parametrize("data, message", [
    (b"<base><table name='A' id='1'>", "catalog.4DCatalog:1:"),
    (b"<?xml version='1.0'?>\n<nothing/>", "not a 4D catalog"),
    (cat(table("A", 1, field("A", "ID", 1, 99))), "unknown type (99)"),
    (cat(table("A", 1, field("A", "ID", 1, 4)) + table("A", 2, field("A", "ID", 1, 4))), "two tables are named"),
    (cat(table("A", 1, field("A", "ID", 1, 4) + field("A", "ID", 2, 4))), "two fields named"),
    (cat('<table name="A" id="x"></table>'), "no valid id"),
    (cat(table("A", 1, field("A", "ID", 1, 4), pk="Nope").replace('field_uuid="A-Nope"', 'field_uuid="?"')),
     "names no field"),
])
def test_unreadable_catalogs_say_where_and_why(data, message):
    with pytest.raises(CatalogError) as info:
        parse_catalog(data)
    assert message in str(info.value)
