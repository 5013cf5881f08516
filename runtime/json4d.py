"""JSON: JSON Stringify and JSON Parse with 4D's conventions.

Stage: runtime (used by String() of objects and by the JSON commands). Dates
become "YYYY-MM-DD" text and back (4D's default "Dates inside objects"
setting), times become seconds, numbers Real; pretty printing indents with
one tab per level and writes `": "` after keys. The parser is a small
recursive-descent one so that it can report line and offset of each
property (JSON Parse(...; *) and its `__symbols`).
"""

from __future__ import annotations

import bisect
import json
import math
import re

from runtime.arrays import Array4D, to_collection
from runtime.codes import err, type_name
from runtime.native import Native
from runtime.values import UNDEF, Coll, Date4D, Obj, Picture, Pointer, SharedColl, SharedObj, Time4D

_DATE_TEXT = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_SURROGATE = re.compile("[\ud800-\udfff]")
MAX_DEPTH = 512  # levels of nesting accepted (keeps Python's stack safe)


# ---------------------------------------------------------------- stringify


def _number(x) -> str:
    """A number as JSON: integral values exactly up to 2^53, else 15 significant digits.

    4D does not document NaN and infinities in JSON; run4d writes them as null.
    """
    if type(x) is int:
        return str(x)
    if math.isnan(x) or math.isinf(x):
        return "null"
    if x == int(x) and abs(x) < 2**53:
        return str(int(x))
    return repr(float(f"{x:.15g}"))


def _date(d: Date4D) -> str:
    if d.is_null():
        return '"0000-00-00"'
    return f'"{d.y:04d}-{d.m:02d}-{d.d:02d}"'


def _text(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)


# _plain's values hold no cycles (fresh dicts and lists, depth-bounded): no circular check.
# The C encoder is made once (json.dumps makes one per call, a third of its time on small values).
_FAST = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), check_circular=False)
_C_ENCODER = json.encoder.c_make_encoder and json.encoder.c_make_encoder(
    None, _FAST.default, json.encoder.encode_basestring, None, ":", ",", False, False, True)


def _encode_plain(value) -> str:
    if _C_ENCODER is None:
        return _FAST.encode(value)
    return "".join(_C_ENCODER(value, 0))


class _Slow(Exception):
    """A value the fast path leaves to the general writer (dates, natives, cycles...)."""


_AS_IS = frozenset((str, bool, int, type(None)))  # written by the C encoder as they are


def _float(v: float):
    if x_is_integral(v):
        return int(v)
    if math.isnan(v) or math.isinf(v):
        return None
    return float(f"{v:.15g}")


def _plain(v, depth: int):
    """The value as plain Python for json.dumps (C), or _Slow when it holds anything else.

    Members are tested inline (texts, integral numbers...) rather than by a call each:
    handlers answering JSON spend their time here.
    """
    t = type(v)
    if t in _AS_IS:
        return v
    if t is float:
        return _float(v)
    if depth > 64:
        raise _Slow  # deep (or circular) structures: the general writer reports cycles
    if t is Obj or t is SharedObj:
        out = {}
        for k, x in dict.items(v):
            tx = type(x)
            if tx in _AS_IS:
                out[k] = x
            elif tx is float:
                out[k] = int(x) if x.is_integer() and -_EXACT < x < _EXACT else _float(x)
            elif x is not UNDEF:
                out[k] = _plain(x, depth + 1)
        return out
    if t is Coll or t is SharedColl:
        out = []
        for x in list.__iter__(v):
            tx = type(x)
            if tx in _AS_IS:
                out.append(x)
            elif (tx is Obj or tx is SharedObj) and depth < 64:
                # A collection of objects (rows of a REST answer): each written here, not by a call.
                item = {}
                for k, y in dict.items(x):
                    ty = type(y)
                    if ty in _AS_IS:
                        item[k] = y
                    elif ty is float:
                        item[k] = int(y) if y.is_integer() and -_EXACT < y < _EXACT else _float(y)
                    elif y is not UNDEF:
                        item[k] = _plain(y, depth + 2)
                out.append(item)
            else:
                out.append(_plain(x, depth + 1))
        return out
    raise _Slow


_EXACT = 2.0**53


def x_is_integral(x: float) -> bool:
    return x == x and abs(x) < 2**53 and x == int(x)


def stringify(value, pretty: bool = False) -> str:
    """JSON Stringify(value{; *})."""
    if not pretty:
        # Plain objects, collections, texts, numbers and booleans: the C encoder writes them,
        # once numbers are in 4D's form; anything else goes to the general writer below.
        try:
            return _encode_plain(_plain(value, 0))
        except _Slow:
            pass
    out: list[str] = []
    try:
        _write(value, out, pretty, 0, set())
    except RecursionError:
        raise err("bad_value", detail="JSON Stringify: the value is nested too deeply") from None
    return "".join(out)


def _items_of(value):
    """(key, value) pairs of an object-like value, in creation order."""
    if isinstance(value, Obj):
        return list(dict.items(value))
    return [(k, value.get4d(k)) for k in value.keys4d()]


def _write(v, out: list[str], pretty: bool, level: int, seen: set) -> None:
    t = type(v)
    if t is str:
        out.append(_text(v))
    elif t is bool:
        out.append("true" if v else "false")
    elif t is float or t is int:
        out.append(_number(v))
    elif v is None or v is UNDEF:
        out.append("null")
    elif t is Date4D:
        out.append(_date(v))
    elif t is Time4D:
        out.append(str(v.s))
    elif t is Pointer:
        _write(v.get(), out, pretty, level, seen)
    elif t is Array4D:
        _write(to_collection(v), out, pretty, level, seen)  # an array writes as its elements 1..n
    elif t is Picture:
        out.append('"[object Picture]"')
    elif isinstance(v, (bytes, bytearray)):
        out.append('"[object Blob]"')
    elif isinstance(v, Coll):
        _container(v, list.__iter__(v), out, pretty, level, seen, "[]", keyed=False)
    elif isinstance(v, (Obj, Native)):
        _object(v, out, pretty, level, seen)
    else:
        raise err("type_mismatch", detail=f"JSON Stringify cannot write {type_name(v)}")


def _object(v, out, pretty, level, seen) -> None:
    literal = getattr(type(v), "json_literal", None)  # "[object Blob]" for 4D.Blob, say
    if literal is not None:
        out.append(_text(literal))
        return
    items = [(k, x) for k, x in _items_of(v) if x is not UNDEF]
    _container(v, iter(items), out, pretty, level, seen, "{}", keyed=True)


def _container(v, items, out, pretty, level, seen, brackets: str, keyed: bool) -> None:
    if id(v) in seen:
        raise err("bad_value", detail="JSON Stringify: circular reference")
    seen.add(id(v))
    out.append(brackets[0])
    first = True
    for item in items:
        if not first:
            out.append(",")
        first = False
        if pretty:
            out.append("\n" + "\t" * (level + 1))
        if keyed:
            key, item = item
            out.append(_text(key))
            out.append(": " if pretty else ":")
        _write(item, out, pretty, level + 1, seen)
    if pretty and not first:
        out.append("\n" + "\t" * level)
    out.append(brackets[1])
    seen.discard(id(v))


# ---------------------------------------------------------------- parse


def _as_date(text: str):
    """A "YYYY-MM-DD" text as a Date (4D's default "Date type" setting); other text as is."""
    if not _DATE_TEXT.match(text):
        return text
    y, m, d = (int(p) for p in text.split("-"))
    if (y, m, d) == (0, 0, 0):
        return Date4D.NULL
    try:
        return Date4D(y, m, d)
    except ValueError:
        return text


_ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}
_NUMBER = re.compile(r"-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?")
_SPACE = re.compile(r"[ \t\n\r]*")


class _Parser:
    """RFC 8259 JSON to 4D values; records (line, offset) of properties when asked."""

    def __init__(self, text: str, symbols: bool, top_dates: bool) -> None:
        self.text = text
        self.pos = 0
        self.top_dates = top_dates
        self.newlines: list[int] | None = None
        self.symbols: dict[str, tuple[int, int]] | None = {} if symbols else None

    # -------------------------------------------------------------- errors

    def where(self, pos: int) -> tuple[int, int]:
        """(line from 1, offset from 0) of a position."""
        if self.newlines is None:
            self.newlines = [i for i, c in enumerate(self.text) if c == "\n"]
        line = bisect.bisect_left(self.newlines, pos)
        start = self.newlines[line - 1] + 1 if line else 0
        return line + 1, pos - start

    def fail(self, what: str):
        line, offset = self.where(self.pos)
        return err("json_parse", detail=f"{what} at line {line}, offset {offset}")

    # -------------------------------------------------------------- grammar

    def skip(self) -> None:
        self.pos = _SPACE.match(self.text, self.pos).end()

    def document(self):
        self.skip()
        value = self.value("", 0)
        self.skip()
        if self.pos != len(self.text):
            raise self.fail("unexpected text after the JSON value")
        return value

    def value(self, path: str, depth: int):
        if depth >= MAX_DEPTH:
            raise self.fail("nesting too deep")
        c = self.text[self.pos:self.pos + 1]
        if c == "{":
            return self.obj(path, depth)
        if c == "[":
            return self.array(path, depth)
        if c == '"':
            text = self.string()
            return _as_date(text) if depth or self.top_dates else text
        for word, val in (("true", True), ("false", False), ("null", None)):
            if self.text.startswith(word, self.pos):
                self.pos += len(word)
                return val
        m = _NUMBER.match(self.text, self.pos)
        if m and m.end() > self.pos:
            self.pos = m.end()
            return float(m.group())
        raise self.fail("a value was expected" if c else "unexpected end of text")

    def obj(self, path: str, depth: int) -> Obj:
        out = Obj()
        self.pos += 1
        self.skip()
        if self.text.startswith("}", self.pos):
            self.pos += 1
            return out
        while True:
            if not self.text.startswith('"', self.pos):
                raise self.fail("a property name was expected")
            start = self.pos
            key = self.string()
            sub = f"{path}.{key}" if path else key
            if self.symbols is not None:
                self.symbols[sub] = self.where(start)
            self.expect(":")
            self.skip()
            dict.__setitem__(out, key, self.value(sub, depth + 1))
            if self.separator("}"):
                return out

    def array(self, path: str, depth: int) -> Coll:
        out = Coll()
        self.pos += 1
        self.skip()
        if self.text.startswith("]", self.pos):
            self.pos += 1
            return out
        while True:
            list.append(out, self.value(f"{path}[{len(out)}]", depth + 1))
            if self.separator("]"):
                return out

    def separator(self, closing: str) -> bool:
        """After an item: True at the closing bracket, False after a comma."""
        self.skip()
        c = self.text[self.pos:self.pos + 1]
        self.pos += 1
        if c == closing:
            return True
        if c == ",":
            self.skip()
            return False
        self.pos -= 1
        raise self.fail(f"',' or '{closing}' was expected")

    def expect(self, char: str) -> None:
        self.skip()
        if not self.text.startswith(char, self.pos):
            raise self.fail(f"'{char}' was expected")
        self.pos += 1

    def string(self) -> str:
        parts: list[str] = []
        i = self.pos + 1
        text = self.text
        while True:
            j = i
            while j < len(text) and text[j] not in '"\\' and text[j] >= " ":
                j += 1
            parts.append(text[i:j])
            if j >= len(text):
                self.pos = j
                raise self.fail("unterminated string")
            if text[j] == '"':
                self.pos = j + 1
                return "".join(parts)
            if text[j] < " ":
                self.pos = j
                raise self.fail("control character in a string")
            i = self.escape(j, parts)

    def escape(self, j: int, parts: list[str]) -> int:
        """Decode the escape at text[j] (a backslash); return the index after it."""
        c = self.text[j + 1:j + 2]
        if c in _ESCAPES:
            parts.append(_ESCAPES[c])
            return j + 2
        if c == "u":
            code = self.hex4(j + 2)
            if 0xD800 <= code < 0xDC00 and self.text.startswith("\\u", j + 6):
                low = self.hex4(j + 8)
                if 0xDC00 <= low < 0xE000:
                    parts.append(chr(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)))
                    return j + 12
            parts.append("\ufffd" if 0xD800 <= code < 0xE000 else chr(code))  # lone surrogate
            return j + 6
        self.pos = j
        raise self.fail("invalid escape in a string")

    def hex4(self, i: int) -> int:
        digits = self.text[i:i + 4]
        if len(digits) != 4 or any(c not in "0123456789abcdefABCDEF" for c in digits):
            self.pos = i
            raise self.fail("invalid \\u escape")
        return int(digits, 16)


def _reject_constant(name: str):
    raise ValueError(f"{name} is not JSON")


def _convert(v, depth: int, top_dates: bool):
    """json.loads output as 4D values (see parse)."""
    if depth >= MAX_DEPTH:
        raise ValueError("nesting too deep")
    t = type(v)
    if t is dict:
        o = Obj()
        for k, x in v.items():
            dict.__setitem__(o, _clean(k), _convert(x, depth + 1, top_dates))
        return o
    if t is list:
        return Coll([_convert(x, depth + 1, top_dates) for x in v])
    if t is int:
        return float(v)
    if t is str:
        v = _clean(v)
        return _as_date(v) if depth or top_dates else v
    return v


def _clean(s: str) -> str:
    """Lone surrogates (legal in JSON escapes, not in text) become U+FFFD."""
    if s.isascii() or not _SURROGATE.search(s):
        return s
    return _SURROGATE.sub("\ufffd", s)


def _fast(text: str, top_dates: bool):
    """Python's C parser for the common case; None when the text needs the careful parser."""
    try:
        return _convert(json.loads(text, parse_constant=_reject_constant), 0, top_dates)
    except (ValueError, RecursionError):
        return None


def parse(text: str, symbols: bool = False, top_dates: bool = True):
    """JSON Parse(text): numbers Real, "YYYY-MM-DD" texts Dates.

    `top_dates` False keeps a top-level "YYYY-MM-DD" text as Text (for a type argument).
    With `symbols`, a parsed object gets `__symbols`: {path: {line; offset}} for
    each property at any depth (paths like "a.b" and "list[0].c"), line from 1
    and offset from 0 (the column of the property name's opening quote).
    """
    if type(text) is not str:
        raise err("type_mismatch", detail=f"JSON Parse expects Text, got {type_name(text)}")
    if not symbols:
        value = _fast(text, top_dates)
        if value is not None or text.strip() == "null":
            return value
    parser = _Parser(text, symbols, top_dates)
    value = parser.document()
    if symbols and isinstance(value, Obj):
        table = Obj()
        for path, (line, offset) in parser.symbols.items():
            dict.__setitem__(table, path, Obj(line=float(line), offset=float(offset)))
        dict.__setitem__(value, "__symbols", table)
    return value


def plain(value):
    """A 4D value as plain Python JSON data (dict, list, str, float, bool, None)."""
    return json.loads(stringify(value))
