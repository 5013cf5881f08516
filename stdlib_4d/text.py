"""Text commands: Length, Substring, Position, Uppercase, Replace string...

Stage: stdlib. Positions are 1-based as in 4D. Comparisons follow 4D's
rules (case- and accent-insensitive unless `*` asks for exact codes).
"""

from __future__ import annotations

import unicodedata

from runtime import textcmp
from runtime.registry import command
from runtime.values import STAR, UNDEF
from stdlib_4d import args


@command("Length", returns="real")
def length(text):
    """The number of characters of a text."""
    return float(len(args.text(text, "Length")))


@command("Substring", returns="text")
def substring(source, first, count=UNDEF):
    """count characters of source from position first (1-based)."""
    s = args.text(source, "Substring", 1)
    start = args.integer(first, "Substring", 2)
    if start < 1:
        start = 1
    if start > len(s):
        return ""
    if count is UNDEF:
        return s[start - 1:]
    n = args.integer(count, "Substring", 3)
    if n <= 0:
        return ""
    return s[start - 1:start - 1 + n]


def _strip_accents(s: str) -> str:
    decomposed = unicodedata.normalize("NFD", s)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c)))


@command("Uppercase", returns="text")
def uppercase(text, star=UNDEF):
    """The text in capitals (accents dropped unless * is passed)."""
    s = args.text(text, "Uppercase", 1)
    return s.upper() if star is STAR else _strip_accents(s).upper()


@command("Lowercase", returns="text")
def lowercase(text, star=UNDEF):
    """The text in lower case (accents dropped unless * is passed)."""
    s = args.text(text, "Lowercase", 1)
    return s.lower() if star is STAR else _strip_accents(s).lower()


@command("Char", returns="text")
def char(code):
    """The character with the given UTF-16 code."""
    n = args.integer(code, "Char", 1)
    if not 0 <= n <= 0x10FFFF:
        return ""
    return chr(n)


@command("Character code", returns="real")
def character_code(character):
    """The code of the first character of a text."""
    s = args.text(character, "Character code", 1)
    return float(ord(s[0])) if s else 0.0


def _find(find: str, text: str, start: int, exact: bool) -> tuple[int, int]:
    """(0-based index, length found) or (-1, 0)."""
    if not find:
        return -1, 0
    if exact:
        return text.find(find, start), len(find)
    key = textcmp.key(find)
    for i in range(start, len(text)):
        for j in range(i + 1, len(text) + 1):
            k = textcmp.key(text[i:j])
            if k == key:
                return i, j - i
            if not key.startswith(k):
                break
    return -1, 0


@command("Position", returns="real")
def position(find, text, *rest):
    """Position(find; in{; start{; lengthFound}}{; *}): 1-based, 0 when absent."""
    f = args.text(find, "Position", 1)
    t = args.text(text, "Position", 2)
    exact = bool(rest) and rest[-1] is STAR
    opts = [r for r in rest if r is not STAR]
    start = args.integer(opts[0], "Position", 3) if opts else 1
    idx, _ = _find(f, t, max(start, 1) - 1, exact)
    return float(idx + 1)


@command("Replace string", returns="text")
def replace_string(source, old, new, *rest):
    """Replace occurrences of old by new (all unless howMany)."""
    s = args.text(source, "Replace string", 1)
    o = args.text(old, "Replace string", 2)
    r = args.text(new, "Replace string", 3)
    exact = bool(rest) and rest[-1] is STAR
    opts = [x for x in rest if x is not STAR]
    how_many = args.integer(opts[0], "Replace string", 4) if opts else -1
    if not o:
        return s
    out, pos, done = [], 0, 0
    while how_many < 0 or done < how_many:
        idx, n = _find(o, s, pos, exact)
        if idx < 0:
            break
        out.append(s[pos:idx])
        out.append(r)
        pos = idx + n
        done += 1
    out.append(s[pos:])
    return "".join(out)
