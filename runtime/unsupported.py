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


def table(name: str):
    """`[Table]`: the classic database layer is not part of run4d (use ds, ORDA)."""
    raise err("not_supported", name=f"[{name}] (tables and fields)")


def field(table_name: str, field_name: str):
    """`[Table]Field`, read, written or pointed to."""
    raise err("not_supported", name=f"[{table_name}]{field_name} (tables and fields)")


def set_field(table_name: str, field_name: str, value):
    raise err("not_supported", name=f"[{table_name}]{field_name} (tables and fields)")


def sql_block(text: str):
    """Begin SQL ... End SQL."""
    raise err("not_supported", name="Begin SQL")
