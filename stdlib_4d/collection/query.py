"""Collection .query() and .indices(): 4D's query strings over objects.

Stage: stdlib. A hand-written recursive-descent parser turns the query
string into a small tree (Cond / Not / And / Or) that is then matched
against each object element. Supported:

- condition: `path comparator value`
- path: `name` or `a.b.c`; a name may end with `[]` (any element of a
  collection: `kids[].age > 3`) or `[x]` with a letter (linked: conditions
  sharing the letter must hold for the same element; with `!=` it means
  "at least one element differs"). `:1` / `:name` placeholders give a path
  as Text ("a.b") or as a collection of property names.
- comparators: `=` `==` (text ignores case and accents, `@` is a
  wildcard), `===` `IS` (`@` is a plain character), `#` `!=` (not equal,
  never true for null/undefined; with `[]`: no element is equal), `!==`
  `IS NOT`, `<` `>` `<=` `>=`, `IN` (a collection or `[v, v, ...]`), `%`
  (contains keyword).
- values: `'text'` or `"text"` (backslash escapes), bare words, numbers
  (`.` decimals), `true`/`false` (case-sensitive), `null` (finds null and
  undefined), dates `YYYY-MM-DD`, placeholders `:1`..`:N` (the values
  passed after the query) and `:name` (querySettings.parameters; paths in
  querySettings.attributes). A Text value that reads as a date or a number
  is converted when compared with a date or a number property.
- logic: `AND` `&` `&&`, `OR` `|` `||` (AND binds tighter), `NOT` before a
  condition or a parenthesised group, parentheses. Keywords ignore case.
- a trailing `order by path {asc|desc}, ...` sorts the result.

Formulas (`eval()`) are not supported, as documented for collections.
Elements that are not objects never match.
"""

from __future__ import annotations

import re

from runtime import textcmp
from runtime.codes import err, type_name
from runtime.lazyre import lazy
from runtime.native import Native
from runtime.values import UNDEF, Coll, Date4D, Obj
from stdlib_4d.collection.base import get_path, member, new_like, order_key, same, snapshot, text

_PATH = lazy(r"[\w$]+(?:\[[A-Za-z]?\])?(?:\.[\w$]+(?:\[[A-Za-z]?\])?)*")
_SEGMENT = lazy(r"([\w$]+)(?:\[([A-Za-z]?)\])?$")
_ANY_SEGMENT = lazy(r"(.+?)(?:\[([A-Za-z]?)\])?$", re.DOTALL)
_COMPARATOR = lazy(r"===|!==|==|!=|<=|>=|=|#|<|>|%")
_PLACEHOLDER = lazy(r":(\w+)")
_BARE = lazy(r"[^\s()&|,\]]+")
_NUMBER = lazy(r"-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?$")
_DATE = lazy(r"(\d{4})-(\d{2})-(\d{2})$")
_WORD_END = lazy(r"(?![\w$])")

_OPS = {"=": "eq", "==": "eq", "===": "is", "#": "ne", "!=": "ne", "!==": "isnot",
        "<": "lt", ">": "gt", "<=": "le", ">=": "ge", "%": "kw"}


class Cond:
    __slots__ = ("segs", "op", "value", "multi")

    def __init__(self, segs, op, value) -> None:
        self.segs, self.op, self.value = segs, op, value
        self.multi = any(mode == "all" for _name, mode in segs)


class Not:
    __slots__ = ("child",)

    def __init__(self, child) -> None:
        self.child = child


class And:
    __slots__ = ("children",)

    def __init__(self, children) -> None:
        self.children = children


class Or:
    __slots__ = ("children",)

    def __init__(self, children) -> None:
        self.children = children


def _fail(message: str):
    return err("bad_value", detail=f"Collection.query: {message}")


# ---------------------------------------------------------------- parsing


class _Parser:
    """Reads a query string; placeholders are resolved while parsing."""

    def __init__(self, source: str, values: tuple, settings) -> None:
        self.s, self.i = source, 0
        self.values = values
        self.params = _settings_part(settings, "parameters")
        self.attributes = _settings_part(settings, "attributes")
        self.links: list[tuple[str, list]] = []

    def fail(self, message: str):
        return _fail(message)

    def parse(self):
        tree = self.or_()
        order = self.order_by() if self.keyword("order") else []
        self.ws()
        if self.i < len(self.s):
            raise self.fail(f"unexpected \"{self.s[self.i:]}\"")
        return tree, order

    # -- scanning

    def ws(self) -> None:
        while self.i < len(self.s) and self.s[self.i].isspace():
            self.i += 1

    def match(self, pattern: re.Pattern):
        self.ws()
        m = pattern.match(self.s, self.i)
        if m:
            self.i = m.end()
        return m

    def literal(self, token: str) -> bool:
        self.ws()
        if self.s.startswith(token, self.i):
            self.i += len(token)
            return True
        return False

    def keyword(self, word: str) -> bool:
        self.ws()
        end = self.i + len(word)
        if self.s[self.i:end].lower() == word and _WORD_END.match(self.s, end):
            self.i = end
            return True
        return False

    # -- grammar

    def or_(self):
        children = [self.and_()]
        while self.literal("||") or self.literal("|") or self.keyword("or"):
            children.append(self.and_())
        return children[0] if len(children) == 1 else Or(children)

    def and_(self):
        children = [self.unary()]
        while self.literal("&&") or self.literal("&") or self.keyword("and"):
            children.append(self.unary())
        return children[0] if len(children) == 1 else And(children)

    def unary(self):
        if self.keyword("not"):
            return Not(self.unary())
        if self.literal("("):
            node = self.or_()
            if not self.literal(")"):
                raise self.fail("missing \")\"")
            return node
        return self.condition()

    def condition(self) -> Cond:
        self.ws()
        if self.s[self.i:self.i + 5].lower() == "eval(":
            raise self.fail("formulas (eval) are not supported in collection queries")
        segs = self.path()
        op = self.comparator()
        value = self.list_value() if op == "in" else self.value()
        if op == "in" and not isinstance(value, Coll):
            raise self.fail("IN needs a collection or a [list] of values")
        return Cond(segs, op, value)

    def path(self) -> list:
        m = self.match(_PLACEHOLDER)
        if m:
            return self.path_placeholder(m.group(1))
        m = self.match(_PATH)
        if not m:
            raise self.fail(f"a property path was expected at position {self.i + 1}")
        return self.segments(m.group(0))

    def segments(self, path: str, pattern: re.Pattern = _SEGMENT) -> list:
        segs = []
        for part in path.split("."):
            m = pattern.match(part)
            if not m:
                raise self.fail(f"invalid property path \"{path}\"")
            name, bracket = m.group(1), m.group(2)
            mode = None if bracket is None else (bracket.lower() or "all")
            segs.append((name, mode))
            if mode not in (None, "all") and all(letter != mode for letter, _ in self.links):
                self.links.append((mode, segs[:-1] + [(name, None)]))
        return segs

    def path_placeholder(self, name: str) -> list:
        v = self.placeholder(name, self.attributes, "attribute")
        if type(v) is str:
            return self.segments(v, _ANY_SEGMENT)
        if isinstance(v, Coll) and all(type(p) is str for p in v):
            return [(p, None) for p in v]
        raise self.fail(f"placeholder :{name} must give a Text or a collection of Texts as path")

    def placeholder(self, name: str, named: Obj | None, kind: str):
        if name.isdigit():
            n = int(name)
            if 1 <= n <= len(self.values):
                return self.values[n - 1]
        elif named is not None and name in named:
            return dict.__getitem__(named, name)
        raise self.fail(f"no {kind} given for placeholder :{name}")

    def comparator(self) -> str:
        m = self.match(_COMPARATOR)
        if m:
            return _OPS[m.group(0)]
        if self.keyword("is"):
            return "isnot" if self.keyword("not") else "is"
        if self.keyword("in"):
            return "in"
        raise self.fail(f"a comparator was expected at position {self.i + 1}")

    def value(self):
        self.ws()
        m = self.match(_PLACEHOLDER)
        if m:
            return self.placeholder(m.group(1), self.params, "value")
        if self.i < len(self.s) and self.s[self.i] in "'\"":
            return self.quoted()
        m = self.match(_BARE)
        if not m:
            raise self.fail(f"a value was expected at position {self.i + 1}")
        return _bare_value(m.group(0))

    def quoted(self) -> str:
        quote, start = self.s[self.i], self.i
        self.i += 1
        out = []
        while self.i < len(self.s) and self.s[self.i] != quote:
            ch = self.s[self.i]
            if ch == "\\" and quote == '"' and self.i + 1 < len(self.s):
                self.i += 1
                ch = self.s[self.i]
            out.append(ch)
            self.i += 1
        if self.i >= len(self.s):
            raise self.fail(f"unclosed quote at position {start + 1}")
        self.i += 1
        return "".join(out)

    def list_value(self):
        if not self.literal("["):
            return self.value()
        items = Coll()
        if self.literal("]"):
            return items
        while True:
            items.append(self.value())
            if self.literal("]"):
                return items
            if not self.literal(","):
                raise self.fail("\",\" or \"]\" expected in a list of values")

    def order_by(self) -> list:
        if not self.keyword("by"):
            raise self.fail("\"order by\" expected")
        order = []
        while True:
            m = self.match(_PATH)
            if not m:
                raise self.fail("a property path was expected after order by")
            desc = self.keyword("desc")
            if not desc:
                self.keyword("asc")
            order.append((m.group(0).split("."), desc))
            if not self.literal(","):
                return order


def _settings_part(settings, name: str) -> Obj | None:
    if settings is None:
        return None
    part = dict.get(settings, name, UNDEF)
    if part is UNDEF or part is None:
        return None
    if isinstance(part, Obj):
        return part
    raise err("bad_param_type", index=2, callee="Collection.query",
              detail=f"querySettings.{name} must be an object, got {type_name(part)}")


def _bare_value(word: str):
    if word == "true":
        return True
    if word == "false":
        return False
    if word.lower() == "null":
        return None
    if _NUMBER.match(word):
        return float(word)
    date = _as_date(word)
    return date if date is not None else word


def _as_date(s: str) -> Date4D | None:
    m = _DATE.match(s)
    if not m:
        return None
    try:
        return Date4D(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


# ---------------------------------------------------------------- matching


def _candidates(elem, segs: list, binding: dict) -> list:
    """The values a path designates in elem ([] and [x] may give several or none)."""
    current = [elem]
    for name, mode in segs:
        found = []
        for v in current:
            v = get_path(v, [name])
            if mode is None:
                found.append(v)
            elif isinstance(v, Coll):
                if mode == "all":
                    found.extend(list.copy(v))
                else:
                    i = binding.get(mode, -1)
                    if 0 <= i < len(v):
                        found.append(list.__getitem__(v, i))
        current = found
    return current


def _equal(v, x, wildcard: bool) -> bool:
    if x is None:
        return v is None or v is UNDEF
    tv, tx = type(v), type(x)
    if tx is str and tv is not str:
        x = _convert(v, x)
    return same(v, x, wildcard)


def _convert(v, x: str):
    """A Text query value compared with a date or a number property."""
    tv = type(v)
    if tv is Date4D:
        date = _as_date(x)
        return x if date is None else date
    if (tv is float or tv is int) and _NUMBER.match(x):
        return float(x)
    return x


def _order(v, x) -> int | None:
    """-1/0/1 when v and x are comparable, None otherwise."""
    if type(x) is str and type(v) is not str:
        x = _convert(v, x)
    tv, tx = type(v), type(x)
    if tv is str and tx is str:
        return textcmp.compare(v, x)
    numeric = (float, int)
    if (tv in numeric and tx in numeric) or (tv is bool and tx is bool) or (tv is Date4D and tx is Date4D):
        kv, kx = order_key(v), order_key(x)
        return (kv > kx) - (kv < kx)
    return None


_TESTS = {
    "lt": lambda r: r < 0, "gt": lambda r: r > 0, "le": lambda r: r <= 0, "ge": lambda r: r >= 0,
}


def _test(cond: Cond, elem, binding: dict) -> bool:
    return test_values(cond, _candidates(elem, cond.segs, binding))


def test_values(cond: Cond, cands: list) -> bool:
    """Does a condition hold for the values its path designates (the ORDA query shares it)?"""
    op, x = cond.op, cond.value
    if op == "eq" or op == "is":
        if not cands:
            cands = [UNDEF]
        return any(_equal(v, x, op == "eq") for v in cands)
    if op == "ne" or op == "isnot":
        defined = [v for v in cands if v is not None and v is not UNDEF]
        if x is None:
            return bool(defined)
        equal = [_equal(v, x, op == "ne") for v in defined]
        if cond.multi:
            return bool(defined) and not any(equal)
        return not all(equal) if equal else False
    if op == "in":
        return any(_equal(v, item, True) for v in cands for item in list.copy(x))
    if op == "kw":
        return type(x) is str and any(type(v) is str and textcmp.contains_keyword(v, x) for v in cands)
    check = _TESTS[op]
    for v in cands:
        r = _order(v, x)
        if r is not None and check(r):
            return True
    return False


def _matches(node, elem, binding: dict) -> bool:
    t = type(node)
    if t is Cond:
        return _test(node, elem, binding)
    if t is And:
        return all(_matches(child, elem, binding) for child in node.children)
    if t is Or:
        return any(_matches(child, elem, binding) for child in node.children)
    return not _matches(node.child, elem, binding)


def _linked(node, elem, links: list, binding: dict) -> bool:
    """Try each element index for each linked letter ([a], [b]...)."""
    if not links:
        return _matches(node, elem, binding)
    letter, prefix = links[0]
    sizes = [len(v) for v in _candidates(elem, prefix, binding) if isinstance(v, Coll)]
    for i in range(max(sizes, default=0)) or [-1]:
        binding[letter] = i
        if _linked(node, elem, links[1:], binding):
            return True
    return False


# ---------------------------------------------------------------- members


def _compile(c_args: tuple, name: str):
    query = text(c_args[0], name, 1)
    rest = c_args[1:]
    settings = None
    if rest and isinstance(rest[-1], Obj):
        settings, rest = rest[-1], rest[:-1]
    parser = _Parser(query, tuple(rest), settings)
    tree, order = parser.parse()
    return tree, order, parser.links


def _matching(items: list, a: tuple, name: str, ordered: bool) -> list[int]:
    tree, order, links = _compile(a, name)
    found = [i for i, e in enumerate(items)
             if isinstance(e, (Obj, Native)) and _linked(tree, e, links, {})]
    if ordered:
        for parts, desc in reversed(order):
            found.sort(key=lambda i, p=parts: order_key(get_path(items[i], p)), reverse=desc)
    return found


@member("query")
def query(c: Coll, query_string, *values):
    """The object elements matching the query string (a new collection)."""
    items = snapshot(c)
    found = _matching(items, (query_string, *values), "query", True)
    return new_like(c, [items[i] for i in found])


@member("indices")
def indices(c: Coll, query_string, *values):
    """The indexes (ascending) of the object elements matching the query string."""
    found = _matching(snapshot(c), (query_string, *values), "indices", False)
    return Coll(float(i) for i in found)
