"""The constant tables (stdlib_4d/constants/*.tsv) are well formed and all registered."""

from __future__ import annotations

from collections import Counter

from runtime.registry import key, lookup_constant
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
