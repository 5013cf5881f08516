"""Pattern commands: Match regex (ICU regular expressions) and GET TEXT KEYWORDS.

Stage: stdlib. 4D's regular expressions are ICU's; run4d runs them on the
`regex` package (re's syntax, a time limit, and matching without the GIL so
Ctrl-C is handled meanwhile) after translating the ICU forms re's syntax
lacks (\\Q...\\E, \\x{h}, \\h, \\R, \\z, \\Z, (?<name>...), \\k<name>,
\\p{Category}). A match running longer than limits.REGEX_SECONDS (a
catastrophic pattern) stops with error -10796. Outputs that 4D
writes into variables or arrays are written here through pointers: an
array receives the whole match in element zero and the groups in elements
1..n; a variable receives the whole match. A collection given directly
receives the whole match then the groups (run4d's addition).
"""

from __future__ import annotations

import functools
import re
import sys
import unicodedata

import regex

from runtime import limits, textcmp
from runtime.arrays import NUMERIC, Array4D, new_array
from runtime.codes import err, type_name
from runtime.registry import command
from runtime.values import STAR, UNDEF, Coll, Pointer
from stdlib_4d import args

_H = "\\t \\xa0\\u1680\\u180e\\u2000-\\u200a\\u202f\\u205f\\u3000"
_LINE_END = "(?:\\r\\n|[\\n\\x0b\\f\\r\\x85\\u2028\\u2029])"
_SIMPLE = {
    "h": f"[{_H}]", "H": f"[^{_H}]", "R": _LINE_END, "z": "\\Z",
    "Z": "(?=(?:\\r\\n|[\\n\\r\\x85\\u2028\\u2029])?\\Z)",
}
_IN_CLASS = {"h": _H}
_CATEGORY_NAMES = {
    "letter": "L", "uppercase_letter": "Lu", "lowercase_letter": "Ll", "titlecase_letter": "Lt",
    "modifier_letter": "Lm", "other_letter": "Lo", "mark": "M", "number": "N", "decimal_number": "Nd",
    "digit": "Nd", "punctuation": "P", "symbol": "S", "separator": "Z", "space_separator": "Zs",
    "other": "C", "control": "Cc", "alpha": "L", "lower": "Ll", "upper": "Lu", "punct": "P",
}


def _bad_pattern(pattern: str, why: str):
    return err("regex_pattern", pattern=pattern, why=why)


@functools.lru_cache(maxsize=1)
def _category_ranges() -> dict[str, list[tuple[int, int]]]:
    """Code point ranges of every Unicode general category (computed once, on first use)."""
    ranges: dict[str, list[tuple[int, int]]] = {}
    last_cat, start = None, 0
    for cp in range(sys.maxunicode + 2):
        cat = unicodedata.category(chr(cp)) if cp <= sys.maxunicode else None
        if cat != last_cat:
            if last_cat is not None:
                ranges.setdefault(last_cat, []).append((start, cp - 1))
            last_cat, start = cat, cp
    return ranges


def _category_class(name: str, pattern: str) -> str:
    """The body of a character class (no brackets) for \\p{name}."""
    key = name.replace(" ", "").lower()
    wanted = _CATEGORY_NAMES.get(key, name.replace("_", ""))
    if key.startswith("gc=") or key.startswith("general_category="):
        wanted = name.split("=", 1)[1]
    found = [r for cat, rs in _category_ranges().items() if cat.startswith(wanted) for r in rs]
    if not found or not 1 <= len(wanted) <= 2:
        raise _bad_pattern(pattern, f"unknown property \\p{{{name}}}")
    return "".join(f"\\U{a:08x}" if a == b else f"\\U{a:08x}-\\U{b:08x}" for a, b in sorted(found))


def _braced(pattern: str, i: int) -> tuple[str, int]:
    """The text between { and } starting at pattern[i] == "{", and the index after }."""
    end = pattern.find("}", i)
    if pattern[i:i + 1] != "{" or end < 0:
        raise _bad_pattern(pattern, "missing { } after an escape")
    return pattern[i + 1:end], end + 1


def _escape(pattern: str, i: int, in_class: bool) -> tuple[str, int]:
    """Translate the escape starting at pattern[i] == "\\"; return (text, next index)."""
    c = pattern[i + 1:i + 2]
    if c == "Q":
        end = pattern.find("\\E", i + 2)
        end = len(pattern) if end < 0 else end
        return re.escape(pattern[i + 2:end]), min(end + 2, len(pattern))
    if c == "x" and pattern[i + 2:i + 3] == "{":
        hexa, j = _braced(pattern, i + 2)
        try:
            return f"\\U{int(hexa, 16):08x}", j
        except ValueError:
            raise _bad_pattern(pattern, f"bad hexadecimal code \\x{{{hexa}}}") from None
    if c in "pP" and c:
        name, j = _braced(pattern, i + 2)
        body = _category_class(name, pattern)
        if in_class:
            if c == "P":
                raise _bad_pattern(pattern, "\\P{...} inside [...] is not supported")
            return body, j
        return ("[" if c == "p" else "[^") + body + "]", j
    if c == "k" and pattern[i + 2:i + 3] == "<":
        end = pattern.find(">", i)
        if end < 0:
            raise _bad_pattern(pattern, "missing > after \\k<")
        return f"(?P={pattern[i + 3:end]})", end + 1
    table = _IN_CLASS if in_class else _SIMPLE
    if c in table:
        return table[c], i + 2
    return pattern[i:i + 2], i + 2


@functools.lru_cache(maxsize=256)
def compile_icu(pattern: str) -> regex.Pattern:
    out, i, depth = [], 0, 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            text, i = _escape(pattern, i, depth > 0)
            out.append(text)
            continue
        if c == "[":
            depth += 1
        elif c == "]" and depth:
            depth -= 1
        elif not depth and pattern.startswith("(?<", i) and pattern[i + 3:i + 4] not in ("=", "!"):
            out.append("(?P<")
            i += 3
            continue
        out.append(c)
        i += 1
    try:
        return regex.compile("".join(out))
    except (regex.error, OverflowError, ValueError) as e:
        raise _bad_pattern(pattern, str(e)) from None


def run_match(method, *args):
    """Call a compiled pattern's fullmatch/match/search within the time limit."""
    try:
        return method(*args, timeout=limits.REGEX_SECONDS, concurrent=True)
    except TimeoutError:
        raise err("regex_timeout", seconds=f"{limits.REGEX_SECONDS:g}") from None


def _write_output(target, values: list[int], index: int) -> None:
    """Store a position or length output: an array gets the match in element zero and the
    groups after it, a collection every group, a variable the whole match."""
    items = Coll(float(v) for v in values)
    holder = target.get() if type(target) is Pointer else target
    if type(holder) is Array4D:
        if holder.kind not in NUMERIC or holder.two_d:
            raise err("numeric_array", detail=f"Match regex: {holder.name} is not a numeric array")
        holder.items[:] = [holder.convert(v, i) for i, v in enumerate(items or [0.0])]
        if holder.current > holder.size:
            holder.current = 0
    elif isinstance(holder, Coll):
        holder[:] = items
    elif type(target) is Pointer:
        target.set(items[0] if items else 0.0)
    elif target is not UNDEF and type(target) not in (float, int):
        raise err("bad_param_type", index=index, callee="Match regex",
                  detail=f"Pointer or Collection expected, got {type_name(target)}")


@command("Match regex", returns="boolean", outputs=(4, 5))
def match_regex(pattern, text, start=UNDEF, *rest):
    """Match regex(pattern; text): does the whole text match?
    Match regex(pattern; text; start{; pos; len}{; *}): is there a match from start
    (with *, exactly at start)? pos and len receive the match and its groups.
    """
    p = compile_icu(args.text(pattern, "Match regex", 1))
    s = args.text(text, "Match regex", 2)
    if start is UNDEF:
        return run_match(p.fullmatch, s) is not None
    anchored = bool(rest) and rest[-1] is STAR
    outputs = list(rest[:-1] if anchored else rest)
    if len(outputs) not in (0, 2) or STAR in outputs or start is STAR:
        raise err("param_count", callee="Match regex",
                  detail="expects (pattern; text), (pattern; text; start{; *}) or "
                         "(pattern; text; start; pos; length{; *})")
    begin = max(args.integer(start, "Match regex", 3), 1) - 1
    m = None
    if begin <= len(s):
        m = run_match(p.match if anchored else p.search, s, begin)
    if outputs:
        groups = range(p.groups + 1) if m else range(0)
        _write_output(outputs[0], [m.start(g) + 1 if m.start(g) >= 0 else 0 for g in groups], 4)
        _write_output(outputs[1], [max(m.end(g) - m.start(g), 0) for g in groups], 5)
    return m is not None


# ---------------------------------------------------------------- keywords


def text_keywords(text: str, unique: bool) -> list[str]:
    words = textcmp.words(text)
    if not unique:
        return words
    seen, out = set(), []
    for w in words:
        k = textcmp.key(w)
        if k not in seen:
            seen.add(k)
            out.append(w)
    return out


@command("GET TEXT KEYWORDS", outputs=(2,))
def get_text_keywords(text, keywords, star=UNDEF):
    """GET TEXT KEYWORDS(text; array or collection{; *}): the words of text.

    The words fill a text array (a variable that holds no array gets one), or a
    collection (given directly, or through a pointer to a variable holding one). With *,
    each word once (compared as the = operator does).
    """
    s = args.text(text, "GET TEXT KEYWORDS", 1)
    if star is not UNDEF and star is not STAR:
        raise err("bad_param_type", index=3, callee="GET TEXT KEYWORDS", detail="* expected")
    words = Coll(text_keywords(s, star is STAR))
    held = keywords.get() if type(keywords) is Pointer else keywords
    if type(held) is Array4D:
        if held.kind != "text" or held.two_d:
            raise err("array_type", detail=f"GET TEXT KEYWORDS: {held.name} is not a Text array")
        held.set_values(words)
    elif isinstance(held, Coll):
        held[:] = words
    elif type(keywords) is Pointer and held is None:
        keywords.set(words)  # a Collection variable holding Null
    elif type(keywords) is Pointer:
        arr = new_array("text", 0, keywords.label)
        arr.set_values(words)
        keywords.set(arr)
    else:
        raise err("bad_param_type", index=2, callee="GET TEXT KEYWORDS",
                  detail=f"Collection or Pointer expected, got {type_name(keywords)}")
