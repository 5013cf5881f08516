"""Text commands: Length, Substring, Position, Replace string, Split string...

Stage: stdlib. Positions are 1-based as in 4D and count Unicode code points
(run4d's choice; 4D counts UTF-16 units, which differs only for characters
outside the BMP). Searches compare as 4D does by default: case, accents and
"ignorable" control characters are disregarded and ligatures match their
spelled-out letters (æ = ae); `*` or the `sk` options change that.
"""

from __future__ import annotations

import os
import threading
import time
import unicodedata
import uuid

from runtime import textcmp
from runtime.codes import err
from runtime.registry import command
from runtime.values import STAR, UNDEF, Coll, Pointer
from stdlib_4d import args

SK_STRICT, SK_CHAR_CODES, SK_CASE, SK_DIACRITIC, SK_WHOLE_WORD = 0, 1, 2, 4, 32
SK_IGNORE_EMPTY, SK_TRIM_SPACES = 1, 2


# C0 controls other than TAB, LF, VT, FF and CR are "ignorable" (Position's page).
_IGNORABLE = frozenset(chr(c) for c in list(range(0, 9)) + list(range(14, 32)))
# Letters ICU spells with two letters at the primary level; and letters whose
# stroke counts as a diacritic.
_EXPANSIONS = {"æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ß": "ss", "ẞ": "SS"}
_STROKES = {"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ħ": "h", "Ħ": "H"}


class _Mode:
    """How two texts are compared: exact codes, or linguistic with foldings."""

    __slots__ = ("codes", "ascii_case", "fold_case", "strip_marks", "whole_word")

    def __init__(self, codes=False, ascii_case=False, fold_case=True, strip_marks=True, whole_word=False):
        self.codes, self.ascii_case = codes, ascii_case
        self.fold_case, self.strip_marks, self.whole_word = fold_case, strip_marks, whole_word


DEFAULT, EXACT = _Mode(), _Mode(codes=True)


def mode_from_options(options: int) -> _Mode:
    """The comparison an `sk` options value asks for (kana and width bits are no-ops)."""
    if options & SK_CHAR_CODES:
        return _Mode(codes=True, ascii_case=bool(options & SK_CASE), whole_word=bool(options & SK_WHOLE_WORD))
    return _Mode(fold_case=bool(options & SK_CASE), strip_marks=bool(options & SK_DIACRITIC),
                 whole_word=bool(options & SK_WHOLE_WORD))


_KEY_CACHE: dict[tuple, str] = {}


def _char_key(ch: str, mode: _Mode) -> str:
    """The comparison key of one character ("" when it does not count)."""
    cache_key = (ch, mode.codes, mode.ascii_case, mode.fold_case, mode.strip_marks)
    k = _KEY_CACHE.get(cache_key)
    if k is None:
        if len(_KEY_CACHE) > 20000:
            _KEY_CACHE.clear()
        k = _KEY_CACHE[cache_key] = _compute_key(ch, mode)
    return k


def _compute_key(ch: str, mode: _Mode) -> str:
    if mode.codes:
        return ch.lower() if mode.ascii_case and "A" <= ch <= "Z" else ch
    if ch in _IGNORABLE:
        return ""
    if mode.strip_marks:
        ch = _STROKES.get(ch, ch)
    # sk strict compares at ICU's tertiary level, where æ # ae and ﬁ # fi.
    loose = mode.fold_case or mode.strip_marks
    out = []
    for part in unicodedata.normalize("NFKD" if loose else "NFD", ch):
        if mode.strip_marks and unicodedata.combining(part):
            continue
        out.append(_EXPANSIONS.get(part, part) if loose else part)
    key = "".join(out)
    return key.casefold() if mode.fold_case else key


def text_key(text: str, mode: _Mode) -> str:
    return "".join(_char_key(ch, mode) for ch in text)


class _Keyed:
    """A text with its comparison key and the key offsets where characters begin and end."""

    def __init__(self, text: str, mode: _Mode) -> None:
        self.text = text
        parts: list[str] = []
        self.starts: dict[int, int] = {}  # key offset -> index of the character starting there
        self.ends: dict[int, int] = {}  # key offset -> index just after the character ending there
        self.offsets: list[int] = []  # character index -> key offset
        offset = 0
        for i, ch in enumerate(text):
            self.offsets.append(offset)
            k = _char_key(ch, mode)
            if k:
                self.starts[offset] = i
                offset += len(k)
                parts.append(k)
                self.ends[offset] = i + 1
            elif mode.strip_marks and unicodedata.combining(ch) and self.ends.get(offset) == i:
                self.ends[offset] = i + 1  # a dropped accent belongs to the letter before it
        self.key = "".join(parts)

    def offset_of(self, index: int) -> int:
        return self.offsets[index] if index < len(self.offsets) else len(self.key)


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _whole_word(text: str, start: int, end: int) -> bool:
    before = start == 0 or not _is_word_char(text[start - 1])
    return before and (end >= len(text) or not _is_word_char(text[end]))


def _plain(s: str) -> bool:
    """ASCII without ignorable characters: its key is just its lower case."""
    return s.isascii() and not any(c in _IGNORABLE for c in s)


def find(needle: str, text: str, start: int = 0, mode: _Mode = DEFAULT) -> tuple[int, int]:
    """(0-based index, length found in text), or (-1, 0)."""
    if mode.codes and not mode.ascii_case and not mode.whole_word:
        i = text.find(needle, start) if needle else -1
        return (i, len(needle)) if i >= 0 else (-1, 0)
    if mode is DEFAULT and _plain(needle) and _plain(text):
        i = text.lower().find(needle.lower(), start) if needle else -1
        return (i, len(needle)) if i >= 0 else (-1, 0)
    return Searcher(text, mode).find(needle, start)


class Searcher:
    """Repeated searches in one text (the key of the text is built once)."""

    def __init__(self, text: str, mode: _Mode = DEFAULT) -> None:
        self.mode = mode
        self.keyed = _Keyed(text, mode)

    def find(self, needle: str, start: int = 0) -> tuple[int, int]:
        keyed, mode = self.keyed, self.mode
        key = text_key(needle, mode)
        if not key:
            return -1, 0
        pos = keyed.key.find(key, keyed.offset_of(start))
        while pos >= 0:
            first, last = keyed.starts.get(pos), keyed.ends.get(pos + len(key))
            if first is not None and last is not None and _accent_free_end(keyed, last, mode):
                if not mode.whole_word or _whole_word(keyed.text, first, last):
                    return first, last - first
            pos = keyed.key.find(key, pos + 1)
        return -1, 0


def _accent_free_end(keyed: _Keyed, end: int, mode: _Mode) -> bool:
    """Accent-sensitive searches must not stop between a letter and its accent."""
    if mode.strip_marks or mode.codes or end >= len(keyed.text):
        return True
    return not unicodedata.combining(keyed.text[end])


def _output(target, value) -> None:
    """Write a result into an output argument given as a pointer (others are inputs only)."""
    if type(target) is Pointer:
        target.set(value)


# ---------------------------------------------------------------- basic commands


@command("Length", returns="real")
def length(text):
    """The number of characters of a text."""
    return float(len(args.text(text, "Length")))


@command("Substring", returns="text")
def substring(source, first, count=UNDEF):
    """count characters of source from position first (1-based); a first below 1 counts as 1."""
    s = args.text(source, "Substring", 1)
    start = max(args.integer(first, "Substring", 2), 1)
    if start > len(s):
        return ""
    if count is UNDEF:
        return s[start - 1:]
    n = args.integer(count, "Substring", 3)
    return s[start - 1:start - 1 + n] if n > 0 else ""


def strip_accents(s: str) -> str:
    decomposed = unicodedata.normalize("NFD", s)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c)))


def _star_only(star, cmd: str, index: int) -> bool:
    if star is UNDEF:
        return False
    if star is STAR:
        return True
    raise err("bad_param_type", index=index, callee=cmd, detail="* expected")


@command("Uppercase", returns="text")
def uppercase(text, star=UNDEF):
    """The text in capitals (accents dropped unless * is passed)."""
    s = args.text(text, "Uppercase", 1)
    return s.upper() if _star_only(star, "Uppercase", 2) else strip_accents(s).upper()


@command("Lowercase", returns="text")
def lowercase(text, star=UNDEF):
    """The text in lower case (accents dropped unless * is passed)."""
    s = args.text(text, "Lowercase", 1)
    return s.lower() if _star_only(star, "Lowercase", 2) else strip_accents(s).lower()


@command("Char", returns="text")
def char(code):
    """The character with the given code (a Unicode code point)."""
    n = args.integer(code, "Char", 1)
    if not 0 <= n <= 0x10FFFF or 0xD800 <= n <= 0xDFFF:
        raise err("bad_value", detail=f"Char: {n} is not a valid character code")
    return chr(n)


@command("Character code", returns="real")
def character_code(character):
    """The code of the first character of a text (0 for an empty text, run4d's choice)."""
    s = args.text(character, "Character code", 1)
    return float(ord(s[0])) if s else 0.0


# ---------------------------------------------------------------- searching


@command("Position", returns="real", outputs=(4,))
def position(find_text, text, start=UNDEF, length_found=UNDEF, options=UNDEF):
    """Position(find; in{; start{; lengthFound}}{; *}) or (...; start; lengthFound; options).

    1-based, 0 when absent (and for an empty find). lengthFound receives the
    length matched in `in` when it is a pointer.
    """
    f = args.text(find_text, "Position", 1)
    t = args.text(text, "Position", 2)
    rest = [start, length_found, options]
    while rest and rest[-1] is UNDEF:
        rest.pop()
    mode = DEFAULT
    if rest and rest[-1] is STAR:
        mode = EXACT
        rest.pop()
    elif len(rest) == 3:
        mode = mode_from_options(args.integer(rest.pop(), "Position", 5))
    if STAR in rest:
        raise err("param_count", callee="Position", detail="* must be the last parameter")
    begin = args.integer(rest[0], "Position", 3) if rest else 1
    idx, n = find(f, t, max(begin, 1) - 1, mode) if begin <= len(t) else (-1, 0)
    if len(rest) == 2:
        _output(rest[1], float(n))
    return float(idx + 1)


@command("Replace string", returns="text")
def replace_string(source, old, new, how_many=UNDEF, star=UNDEF):
    """Replace occurrences of old by new: all of them, or the first howMany."""
    s = args.text(source, "Replace string", 1)
    o = args.text(old, "Replace string", 2)
    r = args.text(new, "Replace string", 3)
    if how_many is STAR and star is UNDEF:
        how_many, star = UNDEF, STAR
    exact = _star_only(star, "Replace string", 5)
    limit = -1 if how_many is UNDEF else args.integer(how_many, "Replace string", 4)
    if not o or (how_many is not UNDEF and limit <= 0):
        return s
    if exact:
        return s.replace(o, r, limit)
    if _plain(o) and _plain(s):
        return _replace_ascii(s, o, r, limit)
    searcher = Searcher(s)
    out, pos, done = [], 0, 0
    while limit < 0 or done < limit:
        idx, n = searcher.find(o, pos)
        if idx < 0:
            break
        out += [s[pos:idx], r]
        pos, done = idx + max(n, 1), done + 1
    out.append(s[pos:])
    return "".join(out)


def _replace_ascii(s: str, old: str, new: str, limit: int) -> str:
    """Case-insensitive replacement in plain ASCII texts."""
    lower, target = s.lower(), old.lower()
    out, pos, done = [], 0, 0
    while limit < 0 or done < limit:
        idx = lower.find(target, pos)
        if idx < 0:
            break
        out += [s[pos:idx], new]
        pos, done = idx + len(old), done + 1
    out.append(s[pos:])
    return "".join(out)


@command("Compare strings", returns="real")
def compare_strings(a, b, options=UNDEF):
    """-1, 0 or 1: a before, equal to or after b (by default like the < operator)."""
    x = args.text(a, "Compare strings", 1)
    y = args.text(b, "Compare strings", 2)
    if options is UNDEF:
        kx, ky = textcmp.key(x), textcmp.key(y)
        return float((kx > ky) - (kx < ky))
    mode = mode_from_options(args.integer(options, "Compare strings", 3))
    kx, ky = _sort_key(x, mode), _sort_key(y, mode)
    return float((kx > ky) - (kx < ky))


def _sort_key(s: str, mode: _Mode) -> tuple:
    """Primary letters, then accents, then case (lower case first), as ICU levels."""
    if mode.codes:
        return (text_key(s, mode),)
    primary = text_key(s, _Mode())
    if mode.strip_marks and mode.fold_case:
        return (primary,)
    letters = [c for c in unicodedata.normalize("NFD", s) if c not in _IGNORABLE]
    accents = () if mode.strip_marks else tuple(
        unicodedata.combining(c) > 0 or c in _STROKES for c in letters)
    cases = () if mode.fold_case else tuple(c.isupper() for c in letters if not unicodedata.combining(c))
    return primary, accents, cases


# ---------------------------------------------------------------- editing


@command("Change string", returns="text")
def change_string(source, new_chars, where):
    """Overwrite source with newChars from position where; the length never changes."""
    s = args.text(source, "Change string", 1)
    n = args.text(new_chars, "Change string", 2)
    w = args.integer(where, "Change string", 3)
    if not n or w < 1 or w > len(s):
        return s
    return (s[:w - 1] + n + s[w - 1 + len(n):])[:len(s)]


@command("Insert string", returns="text")
def insert_string(source, what, where):
    """Insert what before the character at position where (clamped to the text)."""
    s = args.text(source, "Insert string", 1)
    t = args.text(what, "Insert string", 2)
    w = min(max(args.integer(where, "Insert string", 3), 1), len(s) + 1)
    return s[:w - 1] + t + s[w - 1:]


@command("Delete string", returns="text")
def delete_string(source, where, num_chars):
    """Remove numChars characters from position where.

    A where below 1 deletes from the first character, still numChars of them
    (run4d's reading of "deleted from the beginning of the string").
    """
    s = args.text(source, "Delete string", 1)
    w = max(args.integer(where, "Delete string", 2), 1)
    n = args.integer(num_chars, "Delete string", 3)
    if w > len(s) or n <= 0:
        return s
    return s[:w - 1] + s[w - 1 + n:]


# ---------------------------------------------------------------- splitting and trimming


@command("Split string", returns="collection")
def split_string(text, separator, options=UNDEF):
    """A collection of the parts of text between separators ("" splits every character).

    The separator is matched exactly (character codes). With both options,
    parts are trimmed first, so a part of spaces only is dropped.
    """
    s = args.text(text, "Split string", 1)
    sep = args.text(separator, "Split string", 2)
    opts = 0 if options is UNDEF else args.integer(options, "Split string", 3)
    parts = list(s) if sep == "" else s.split(sep)
    if opts & SK_TRIM_SPACES:
        parts = [p.strip() for p in parts]
    if opts & SK_IGNORE_EMPTY:
        parts = [p for p in parts if p]
    return Coll(parts)


# ECMAScript's WhiteSpace and LineTerminator (Trim follows TrimString).
_ES_SPACE = "\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a" \
            "\u2028\u2029\u202f\u205f\u3000\ufeff"


@command("Trim", returns="text")
def trim(text):
    """The text without whitespace at both ends."""
    return args.text(text, "Trim", 1).strip(_ES_SPACE)


@command("Trim start", returns="text")
def trim_start(text):
    """The text without whitespace at its start."""
    return args.text(text, "Trim start", 1).lstrip(_ES_SPACE)


@command("Trim end", returns="text")
def trim_end(text):
    """The text without whitespace at its end."""
    return args.text(text, "Trim end", 1).rstrip(_ES_SPACE)


# ---------------------------------------------------------------- identifiers

_V7_LOCK = threading.Lock()
_v7_last = [0, 0]  # last millisecond used, counter within it


def _uuid7() -> uuid.UUID:
    """A version 7 UUID: 48 bits of Unix milliseconds, then a 12-bit counter
    (random at each new millisecond) so that successive ones sort in order."""
    with _V7_LOCK:
        ms = time.time_ns() // 1_000_000
        if ms <= _v7_last[0]:
            ms, counter = _v7_last[0], _v7_last[1] + 1
            if counter > 0xFFF:
                ms, counter = ms + 1, 0
        else:
            counter = int.from_bytes(os.urandom(2), "big") & 0x7FF
        _v7_last[:] = [ms, counter]
    tail = int.from_bytes(os.urandom(8), "big") & ((1 << 62) - 1)
    value = (ms << 80) | (0x7 << 76) | (counter << 64) | (0b10 << 62) | tail
    return uuid.UUID(int=value)


@command("Generate UUID", returns="text")
def generate_uuid(version=UNDEF):
    """A new UUID as 32 upper-case hexadecimal digits: version 4 (random, the
    default) or 7 (time-ordered)."""
    v = 4 if version is UNDEF else args.integer(version, "Generate UUID", 1)
    if v not in (4, 7):
        raise err("bad_value", detail=f"Generate UUID: the version must be 4 or 7, got {v}")
    return (uuid.uuid4() if v == 4 else _uuid7()).hex.upper()
