"""The catalog of 4D commands (grammar/catalog/commands.tsv): every name is one name.

A generated program calls every command of the catalog, with and without its
`:C` editor token: it must parse, and no catalog name may compile to a
process variable.
"""

from __future__ import annotations

import ast

from interpreter.compiler.codegen import Compiler
from interpreter.compiler.parser import normalize, parse_items
from interpreter.compiler.program import Program
from interpreter.compiler.units import make_unit
from runtime import catalog

# "4D" is the class store (4D.File), not something to call.
_NOT_CALLABLE = {"4d"}
# Begin SQL / End SQL delimit a block whose body is SQL (tests/golden/syntax/sql_block.4dm).
_BLOCKS = {"begin sql", "end sql"}


def _entries():
    return [e for e in catalog.entries().values() if e.name.lower() not in _BLOCKS]


def _program_text() -> str:
    lines = []
    for entry in _entries():
        name = entry.name
        tokens = [name] + ([f"{name}:C{entry.number}"] if entry.number else [])
        for spelled in tokens:
            if name.lower() not in _NOT_CALLABLE:
                lines.append(f"{spelled}(1; \"a\"; $x)")
            lines.append(f"$x:={spelled}")
            lines.append(f"If ({spelled}=1)")
            lines.append("End if")
    return "\n".join(lines) + "\n"


def test_the_catalog_lists_every_command_once():
    entries = catalog.entries()
    assert len(entries) > 1350
    assert catalog.lookup("array text").name == "ARRAY TEXT"
    assert catalog.by_number(10).name == "String"
    assert catalog.lookup("On Startup database method") is None  # database methods are not commands


def test_every_catalog_name_parses_with_and_without_its_token():
    Program()  # registers the library's names
    items = parse_items(normalize(_program_text()), "<catalog>")
    assert len(items) > 4 * len(_entries())


def test_no_catalog_name_compiles_to_a_process_variable():
    program = Program()
    text = "\n".join(f"$x:={e.name}" for e in _entries()) + "\n"
    unit = make_unit(parse_items(text, "<names>"), "<names>", "names", text.split("\n"))
    comp = Compiler(program, "<names>", text)
    comp.compile_method(unit.method, "M_names")
    module = comp.module()
    reads = [node for node in ast.walk(module)
             if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name) and node.value.id == "_pv"]
    assert reads == []
    assert not [e for e in comp.errors if "variable" in e.message]


def test_the_table_is_read_as_csv_reads_it():
    """catalog.entries splits the table by hand: the same rows as the csv module gives."""
    import csv
    from pathlib import Path

    path = Path(catalog.__file__).resolve().parent.parent / "grammar" / "catalog" / "commands.tsv"
    with path.open(encoding="utf-8", newline="") as fh:
        rows = [row for row in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
                if row["theme"] != "Database_Methods"]
    assert all(len(row) == 4 and None not in row.values() for row in rows)
    got = list(catalog.entries().values())
    assert [(e.name, e.number, e.theme, e.slug) for e in got] == [
        (r["name"], int(r["number"]) if r["number"].strip() else None, r["theme"], r["slug"]) for r in rows]
