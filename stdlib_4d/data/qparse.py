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
from runtime.values import Coll
from stdlib_4d.collection.query import _PLACEHOLDER, And, Cond, Not, Or, _Parser, _settings_part

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


# ---------------------------------------------------------------- parsed query strings, kept per dataclass
#
# A dataclass keeps the tree of each query string it was given, parsed once with markers in
# place of the :1..:N values; each call binds its own values to a copy of the tree. Parsing
# does not depend on those values when they stand where a value is expected (they are stored
# as they are), so the bound tree is the one a fresh parse gives. A string whose parse would
# depend on them is never kept: a placeholder used as a path (or as a Formula condition: both
# start a condition), named placeholders and querySettings.attributes, eval() formulas, and
# strings that do not parse (they are parsed again, with their values, to report the error).

TEMPLATES = 256  # query strings kept per dataclass (the cache starts over when full)


class _Slot:
    """Where the value of placeholder :index+1 goes."""

    __slots__ = ("index",)

    def __init__(self, index: int) -> None:
        self.index = index


class _CollSlot(Coll):
    """`IN :n`: the value must be a collection (checked when binding)."""

    __slots__ = ("index",)

    def __init__(self, index: int) -> None:
        super().__init__()
        self.index = index


class _NotKept(Exception):
    """The parse of this string depends on the values: it is not kept."""


class _TemplateParser(OrdaParser):
    def __init__(self, source: str, count: int, allow_formulas: bool) -> None:
        super().__init__(source, tuple(_Slot(i) for i in range(count)), None, allow_formulas)

    def fail(self, message: str):
        return _NotKept()

    def eval_formula(self):
        raise _NotKept()

    def path_placeholder(self, name: str) -> list:
        raise _NotKept()

    def list_value(self):
        self.ws()
        if self.s.startswith("[", self.i):
            return super().list_value()
        v = self.value()
        return _CollSlot(v.index) if type(v) is _Slot else v


_UNKEPT = object()


def _template(query: str, count: int, allow_formulas: bool):
    parser = _TemplateParser(query, count, allow_formulas)
    try:
        tree, order = parser.parse()
    except _NotKept:
        return _UNKEPT
    return tree, order, parser.links


def _bind(node, values: tuple):
    """A copy of a template tree with the values in place of the markers; None if a value does not fit."""
    t = type(node)
    if t is Cond:
        v = node.value
        tv = type(v)
        if tv is _Slot:
            v = values[v.index]
        elif tv is _CollSlot:
            v = values[v.index]
            if not isinstance(v, Coll):
                return None  # IN needs a collection: the full parse reports it
        elif tv is Coll:
            v = Coll(values[x.index] if type(x) is _Slot else x for x in v)
        return Cond(node.segs, node.op, v)
    if t is And or t is Or:
        children = []
        for c in node.children:
            b = _bind(c, values)
            if b is None:
                return None
            children.append(b)
        return t(children)
    if t is Not:
        child = _bind(node.child, values)
        return None if child is None else Not(child)
    return None  # nothing else is kept


def parse_kept(cache: dict, query: str, values: tuple, settings, allow_formulas: bool = True):
    """parse(), through the dataclass's cache of parsed query strings."""
    if settings is not None and (_settings_part(settings, "parameters") is not None
                                 or _settings_part(settings, "attributes") is not None):
        return parse(query, values, settings, allow_formulas)
    key = (query, len(values), allow_formulas)
    kept = cache.get(key)
    if kept is None:
        if len(cache) >= TEMPLATES:
            cache.clear()
        kept = cache[key] = _template(query, len(values), allow_formulas)
    if kept is not _UNKEPT:
        tree = _bind(kept[0], values)
        if tree is not None:
            return tree, list(kept[1]), list(kept[2])
    return parse(query, values, settings, allow_formulas)
