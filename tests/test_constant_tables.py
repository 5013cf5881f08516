"""The constant tables (stdlib_4d/constants/*.tsv) are well formed and all registered."""

from __future__ import annotations

import re
from collections import Counter

from runtime.registry import key, lookup_constant, lookup_constant_id
from stdlib_4d.constant_tables import read_tables, value_of


def test_every_row_has_a_known_type_and_a_value():
    for row in read_tables():
        assert row["name"] and row["theme"], row
        value_of(row)  # raises on an unknown type or a bad number


def test_no_constant_is_listed_twice():
    counts = Counter(key(row["name"]) for row in read_tables())
    assert [n for n, c in counts.items() if c > 1] == []


def test_every_row_is_registered():
    for row in read_tables():
        assert lookup_constant(row["name"]) == (row["name"], value_of(row))


def test_editor_ids_are_well_formed_unique_and_registered():
    """The `id` column (t:n of `Name:Kt:n`) resolves a token to its row whatever its spelling."""
    ids = [(row["id"], row["name"]) for row in read_tables() if row.get("id")]
    assert ids, "the tables carry editor ids"
    assert [i for i, _ in ids if not re.fullmatch(r"\d+:\d+", i)] == []
    counts = Counter(i for i, _ in ids)
    assert [i for i, c in counts.items() if c > 1] == []
    for kid, name in ids:
        assert lookup_constant_id(kid) == lookup_constant(name)
