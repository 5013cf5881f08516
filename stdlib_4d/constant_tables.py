"""4D constants, read from the tables in stdlib_4d/constants/*.tsv.

Stage: library data. Constants are facts gathered from 4D's documentation,
kept as data (one TSV per theme family: name, value, type, theme, and the
editor id `t:n` of the `Name:Kt:n` token when known) so they can be checked
and refreshed without touching code. Importing this module registers every
row in the runtime registry; the id resolves an editor token whatever its
spelling (a localized or renamed constant).
"""

from __future__ import annotations

import os

from runtime.registry import constant_ids, constants

# Value types as 4D documents them; every number is a Real at run time
# (Longint/Integer values are whole Reals, as the registry stores them).
_NUMERIC = {"Longint", "Integer", "Real"}


def read_tables() -> list[dict[str, str]]:
    """Every row of every table, in file order (files sorted by name).

    Plain tab-separated lines with a header line (no quoting): read with str.split, which
    costs less at start-up than csv and importlib.resources.
    """
    rows: list[dict[str, str]] = []
    folder = os.path.join(os.path.dirname(__file__), "constants")
    for name in sorted(os.listdir(folder)):
        if name.endswith(".tsv"):
            with open(os.path.join(folder, name), encoding="utf-8", newline="") as fh:
                lines = fh.read().splitlines()
            header = lines[0].split("\t") if lines else []
            for line in lines[1:]:
                if line:
                    row = dict(zip(header, line.split("\t")))
                    row["table"] = name
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
