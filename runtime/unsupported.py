"""What run4d parses and compiles but does not run: calls that raise -10790.

Stage: runtime. A 4D command of the language reference that no module
implements compiles to `not_supported(name)` (the compiler warns at the call
site); classic table and field references (`[Table]`, `[Table]Field`) and
`Begin SQL` blocks compile to the functions below. Each raises the run4d
error "not_supported", which Try, Try() and ON ERR CALL catch like any error.
"""

from __future__ import annotations

from runtime.codes import err


def not_supported(name: str, *args):
    """A catalog command run4d does not implement."""
    raise err("not_supported", name=name)


# The classic database layer (stdlib_4d/data/classic) installs its functions here:
# "table", "field", "set_field", "field_pointer", "table_pointer", "criterion".
CLASSIC: dict = {}


def _classic(what: str, label: str):
    if not CLASSIC:
        from runtime import registry

        registry.COMMANDS.get(registry.key("ALL RECORDS"))  # loads the classic layer (lazily indexed)
    fn = CLASSIC.get(what)
    if fn is None:
        raise err("not_supported", name=f"{label} (tables and fields)")
    return fn


def table(name: str):
    """`[Table]`: the table, as the classic database commands take it."""
    return _classic("table", f"[{name}]")(name)


def field(table_name: str, field_name: str):
    """`[Table]Field` read: the field of the table's current record."""
    return _classic("field", f"[{table_name}]{field_name}")(table_name, field_name)


def set_field(table_name: str, field_name: str, value):
    _classic("set_field", f"[{table_name}]{field_name}")(table_name, field_name, value)


def field_pointer(table_name: str, field_name: str):
    """`->[Table]Field`, or `[Table]Field` passed where a command takes a field."""
    return _classic("field_pointer", f"[{table_name}]{field_name}")(table_name, field_name)


def table_pointer(name: str):
    """`->[Table]`."""
    return _classic("table_pointer", f"[{name}]")(name)


def criterion(field_ref, op: str, value, conjunction: str = ""):
    """`[Table]Field = value` given to QUERY and its family (with its conjunction, if written before it)."""
    return _classic("criterion", "query criterion")(field_ref, op, value, conjunction)


def sql_block(text: str):
    """Begin SQL ... End SQL."""
    raise err("not_supported", name="Begin SQL")
