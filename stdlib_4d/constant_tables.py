"""4D constants, read from the tables in stdlib_4d/constants/*.tsv.

Stage: library data. Constants are facts gathered from 4D's documentation,
kept as data (one TSV per theme family: name, value, type, theme, and the
editor id `t:n` of the `Name:Kt:n` token when known) so they can be checked
and refreshed without touching code. Importing this module registers every
row in the runtime registry; the id resolves an editor token whatever its
spelling (a localized or renamed constant).
"""

from __future__ import annotations

import csv
from importlib.resources import files

from runtime.registry import constant_ids, constants

# Value types as 4D documents them; every number is a Real at run time
# (Longint/Integer values are whole Reals, as the registry stores them).
_NUMERIC = {"Longint", "Integer", "Real"}


def read_tables() -> list[dict[str, str]]:
    """Every row of every table, in file order (files sorted by name)."""
    rows: list[dict[str, str]] = []
    folder = files(__package__).joinpath("constants")
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".tsv"):
            with entry.open(encoding="utf-8", newline="") as fh:
                for row in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
                    row["table"] = entry.name
                    rows.append(row)
    return rows


def value_of(row: dict[str, str]):
    kind = row["type"]
    if kind in _NUMERIC:
        return float(row["value"])
    if kind == "Boolean":
        return row["value"] == "True"
    if kind in ("Text", "String"):
        return row["value"]
    raise ValueError(f"{row['table']}: {row['name']}: unknown constant type {kind!r}")


_ROWS = read_tables()
constants({row["name"]: value_of(row) for row in _ROWS})
constant_ids({row["id"]: row["name"] for row in _ROWS if row.get("id")})
