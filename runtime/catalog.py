"""The catalog of 4D command names: every command of the language reference.

Stage: runtime data, read once. grammar/catalog/commands.tsv (name, number,
theme, slug) lists the 1,397 names of 4D's command theme pages, implemented
by run4d or not. The lexer keeps each name whole, the compiler never treats
one as a variable, `Name:Cnnn` editor tokens resolve through the numbers,
and docs/supported.md is generated from it. What run4d implements is the
registry's business (runtime/registry.py), not this table's.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache

from runtime.registry import key

# Rows of the table that are not commands: database methods are project
# methods 4D calls by name ("On Startup"), written without a token.
_NOT_COMMANDS = {"Database_Methods"}
# Themes the table uses for names without a theme page of their own.
FORMER_NAME = "(former name)"


@dataclass(frozen=True)
class Entry:
    name: str  # as 4D writes it
    number: int | None  # command number (the N of Name:CN), None when undocumented
    theme: str  # the theme page's file name ("Arrays", "Objects_Language"...)
    slug: str  # the documentation page's name


@lru_cache(maxsize=1)
def entries() -> dict[str, Entry]:
    """Every command of the catalog by case-folded name."""
    out: dict[str, Entry] = {}
    # A plain tab-separated table (no quoting: tests/test_catalog.py), split by hand: read at
    # every start of the compiler, where the csv module took ten times as long.
    path = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "grammar", "catalog",
                        "commands.tsv")
    with open(path, encoding="utf-8", newline="") as fh:
        lines = fh.read().splitlines()
    columns = lines[0].split("\t")
    at_name, at_number, at_theme, at_slug = (columns.index(c) for c in ("name", "number", "theme", "slug"))
    for line in lines[1:]:
        if not line:
            continue
        row = line.split("\t")
        theme = row[at_theme]
        if theme in _NOT_COMMANDS:
            continue
        number = int(row[at_number]) if row[at_number].strip() else None
        out[key(row[at_name])] = Entry(row[at_name], number, theme, row[at_slug])
    return out


@lru_cache(maxsize=1)
def _by_number() -> dict[int, Entry]:
    out: dict[int, Entry] = {}
    for entry in entries().values():
        if entry.number is None:
            continue
        # A current name wins over the former name that shares its number.
        if entry.number not in out or out[entry.number].theme == FORMER_NAME:
            out[entry.number] = entry
    return out


def lookup(name: str) -> Entry | None:
    """The catalog entry of a command name (any case, any spacing), or None."""
    return entries().get(key(name))


def by_number(number: int) -> Entry | None:
    """The command a `:Cnnn` editor token designates (its current name)."""
    return _by_number().get(number)


def is_command(name: str) -> bool:
    return key(name) in entries()


def names() -> list[str]:
    """Every command name of the catalog, as 4D writes it."""
    return [e.name for e in entries().values()]
