"""Parsing ORDA query strings: the collection query parser, plus formulas and class indexes.

Stage: data layer, queries. stdlib_4d/collection/query.py reads the
grammar both share (paths, comparators, values, placeholders, and/or/not,
order by); this subclass adds what only dataclasses and entity selections
accept: `eval(formula)` and Formula objects given as placeholders,
`relation{2}.attribute` class indexes (many-to-many queries), and errors
that carry the position in the query string.
"""

from __future__ import annotations

import re

from runtime import hooks
from runtime.codes import err
from runtime.functions import Function4D
from stdlib_4d.collection.query import _PLACEHOLDER, _Parser

_ORDA_PATH = re.compile(
    r"[\w$]+(?:\{\d+\})?(?:\[[A-Za-z]?\])?(?:\.[\w$]+(?:\{\d+\})?(?:\[[A-Za-z]?\])?)*")
_ORDA_SEGMENT = re.compile(r"([\w$]+(?:\{\d+\})?)(?:\[([A-Za-z]?)\])?$")
_ANY_SEGMENT = re.compile(r"(.+?)(?:\[([A-Za-z]?)\])?$", re.DOTALL)
_COMPARATOR_AHEAD = re.compile(r"\s*(===|!==|==|!=|<=|>=|=|#|<|>|%|(?i:is|in)\b)")


class FormulaCond:
    """A formula (eval(...) or a Formula object) evaluated for each entity."""

    __slots__ = ("fn", "source")

    def __init__(self, fn, source: str) -> None:
        self.fn = fn
        self.source = source


class OrdaParser(_Parser):
    def __init__(self, source: str, values: tuple, settings, allow_formulas: bool) -> None:
        super().__init__(source, values, settings)
        self.allow_formulas = allow_formulas

    def fail(self, message: str):
        if "position" not in message:
            message = f"{message} (position {self.i + 1})"
        return err("orda_query", detail=message, query=self.s)

    def condition(self):
        self.ws()
        if self.s[self.i:self.i + 5].lower() == "eval(":
            return self.eval_formula()
        m = _PLACEHOLDER.match(self.s, self.i)
        if m:
            value = self._peek_placeholder(m.group(1))
            if type(value) is Function4D and not _COMPARATOR_AHEAD.match(self.s, m.end()):
                self.i = m.end()
                self.check_formulas()
                return FormulaCond(value, value.source)
        return super().condition()

    def _peek_placeholder(self, name: str):
        try:
            return self.placeholder(name, self.params, "value")
        except Exception:  # noqa: BLE001 - a path placeholder: the parent reads it
            return None

    def check_formulas(self) -> None:
        if not self.allow_formulas:
            raise err("orda_formula_not_allowed")

    def eval_formula(self) -> FormulaCond:
        start = self.i + 5
        depth, j, quote = 1, start, None
        while j < len(self.s):
            ch = self.s[j]
            if quote:
                if ch == quote:
                    quote = None
            elif ch == '"':
                quote = ch
            elif ch == "(":
                depth += 1
            elif ch == ")":
                depth -= 1
                if depth == 0:
                    break
            j += 1
        if depth:
            self.i = start
            raise self.fail("missing \")\" after eval(")
        source = self.s[start:j].strip()
        self.i = j + 1
        self.check_formulas()
        if not source:
            raise self.fail("eval() needs a formula")
        return FormulaCond(hooks.compile_formula(source), source)

    def path(self) -> list:
        m = self.match(_PLACEHOLDER)
        if m:
            return self.path_placeholder(m.group(1))
        m = self.match(_ORDA_PATH)
        if not m:
            raise self.fail(f"an attribute path was expected at position {self.i + 1}")
        return self.segments(m.group(0), _ORDA_SEGMENT)

    def path_placeholder(self, name: str) -> list:
        v = self.placeholder(name, self.attributes, "attribute")
        if type(v) is str:
            return self.segments(v, _ANY_SEGMENT)
        return super().path_placeholder(name)


def parse(query: str, values: tuple, settings, allow_formulas: bool = True):
    """(tree, order by [(parts, desc)], links) of an ORDA query string."""
    parser = OrdaParser(query, values, settings, allow_formulas)
    tree, order = parser.parse()
    return tree, order, parser.links
