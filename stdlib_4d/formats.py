"""Formatted String(): number display formats, date and time formats.

Stage: stdlib support for String (convert_cmds.py). US English conventions
(run4d is headless): "." and "," separators, MM/DD/YYYY, English names, the
machine's time zone. Number formats follow the form "Number Format" rules
(placeholders # 0 ^ *, sections positive;negative;zero, &n, &x, &$, &xml,
&/n); date and time patterns follow 4D's ICU pattern table. Weeks start on
Monday and week 1 is the ISO one (the docs' examples "w" = 11 for
1954-03-17 and "e" = 2 for a Tuesday imply it).
"""

from __future__ import annotations

import datetime
import functools
import math
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal, localcontext

from runtime import lifecycle
from runtime.codes import err
from runtime.convert import format_date, format_number, format_time, round_half_away
from runtime.values import Date4D, Time4D

BLANK_IF_NULL = 100


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _bad_format(what: str):
    return err("bad_value", detail=f"String: {what}")


# ---------------------------------------------------------------- numbers


def format_real(x, fmt: str) -> str:
    """String(number; format) for a text format."""
    if fmt == "" or fmt.startswith("|") or math.isnan(x) or math.isinf(x):
        # run4d has no custom styles ("|name"): they give the default format.
        return format_number(x)
    if fmt.startswith("&"):
        special = _ampersand(x, fmt[1:])
        if special is not None:
            return special
    sections = fmt.split(";")
    if len(sections) >= 3 and x == 0:
        return sections[2]  # the zero part is shown as written
    if x < 0 and len(sections) >= 2:
        return _section(-x, sections[1], False)
    return _section(abs(x), sections[0], x < 0)


def _ampersand(x, rest: str) -> str | None:
    low = rest.lower()
    if low == "xml":
        return format_number(x)
    if low == "x":
        return "0x" + _hex(x, 4)
    if rest == "$":
        return "$" + _hex(x, 2)
    if rest.isdigit():
        return _scientific(x, max(int(rest), 1))
    if rest.startswith("/") and rest[1:].isdigit():
        return format_time_code(Time4D(round_half_away(x)), int(rest[1:]))
    return None


def _hex(x, unit: int) -> str:
    """A number as a 32-bit integer in hexadecimal: &x pads to 4 or 8 digits, &$ to an even count."""
    digits = "%X" % (round_half_away(x) & 0xFFFFFFFF)
    if unit == 4:
        return digits.rjust(4 if len(digits) <= 4 else 8, "0")
    return digits.rjust(len(digits) + len(digits) % 2, "0")


def _scientific(x, digits: int) -> str:
    """&n: n significant digits, halves rounded away from zero, exponent without
    padding ("7.60e+2")."""
    value = Decimal(repr(abs(x)))
    exp = value.adjusted() if x else 0
    step = Decimal(1).scaleb(1 - digits)
    mantissa = value.scaleb(-exp).quantize(step, rounding=ROUND_HALF_UP)
    if mantissa >= 10:
        exp += 1
        mantissa = value.scaleb(-exp).quantize(step, rounding=ROUND_HALF_UP)
    sign = "-" if x < 0 else ""
    return f"{sign}{mantissa}e{'+' if exp >= 0 else '-'}{abs(exp)}"


_PLACEHOLDERS = "#0^*"
_FILL = {"#": "", "0": "0", "^": " ", "*": "*"}


def _body_bounds(sec: str) -> tuple[int, int]:
    """First and last index of the placeholder area (a "." just outside belongs to it)."""
    idx = [i for i, c in enumerate(sec) if c in _PLACEHOLDERS]
    first, last = idx[0], idx[-1]
    if first > 0 and sec[first - 1] == ".":
        first -= 1
    if last + 1 < len(sec) and sec[last + 1] == "." and "." not in sec[first:last + 1]:
        last += 1
    return first, last


def _section(v, sec: str, negative: bool) -> str:
    """One section of a number format applied to the absolute value v."""
    if not any(c in _PLACEHOLDERS for c in sec):
        return sec
    first, last = _body_bounds(sec)
    body = sec[first:last + 1]
    point = body.find(".")
    int_part, frac_part = (body, "") if point < 0 else (body[:point], body[point + 1:])
    n_int = sum(c in _PLACEHOLDERS for c in int_part)
    n_frac = sum(c in _PLACEHOLDERS for c in frac_part)
    # 13 significant digits as everywhere in 4D, then truncated: only &n rounds.
    with localcontext() as ctx:
        ctx.prec = 1000
        value = Decimal(f"{v:.12e}").quantize(Decimal(1).scaleb(-n_frac), rounding=ROUND_DOWN)
    whole, _, decimals = f"{value:f}".partition(".")
    whole = whole.lstrip("0")
    negative = negative and value != 0
    if len(whole) > n_int or (negative and n_int > 0 and len(whole) == n_int):
        return "<" * (n_int + n_frac)
    text = _integer_part(int_part, whole, negative)
    if point >= 0:
        text += _fraction_part(frac_part, decimals.ljust(n_frac, "0"))
    return sec[:first] + text + sec[last + 1:]


def _integer_part(fmt: str, digits: str, negative: bool) -> str:
    slots = [c for c in fmt if c in _PLACEHOLDERS]
    pad = len(slots) - len(digits)
    shown = [slots[i] == "0" or i >= pad for i in range(len(slots))]
    cells = [digits[i - pad] if i >= pad else _FILL[slots[i]] for i in range(len(slots))]
    prefix = ""
    if negative:
        lead = shown.index(True) if True in shown else len(slots)
        if lead > 0:
            cells[lead - 1] = "-"
        else:
            prefix = "-"
    return prefix + _with_literals(fmt, cells, shown, slots)


def _with_literals(fmt: str, cells: list[str], shown: list[bool], slots: list[str]) -> str:
    """Interleave the cells with the format's other characters (commas...): one
    between two shown digits appears, otherwise it takes the fill of the slot
    on its left (a space for ^, a star for *, nothing for #)."""
    out, k = [], 0
    for c in fmt:
        if c in _PLACEHOLDERS:
            out.append(cells[k])
            k += 1
        elif 0 < k < len(cells) and shown[k - 1] and shown[k] and cells[k - 1] != "-":
            out.append(c)
        elif k > 0:
            out.append(_FILL[slots[k - 1]] if slots[k - 1] != "0" else "")
    return "".join(out)


def _fraction_part(fmt: str, digits: str) -> str:
    slots = [c for c in fmt if c in _PLACEHOLDERS]
    nonzero = [i for i, d in enumerate(digits) if d != "0"]
    zeros = [i for i, c in enumerate(slots) if c == "0"]
    upto = max(nonzero[-1:] + zeros[-1:] + [-1])
    shown = [i <= upto for i in range(len(slots))]
    cells = [digits[i] if shown[i] else _FILL[slots[i]] for i in range(len(slots))]
    if upto < 0:  # no decimal shown: the point goes too (replaced by the fill of ^ and *)
        return (_FILL[slots[0]] if slots else "") + "".join(cells)
    return "." + _with_literals(fmt, cells, shown, slots)


# ---------------------------------------------------------------- built-in date formats


def _local(d: Date4D, seconds: int) -> datetime.datetime:
    try:
        return datetime.datetime(d.y, d.m, d.d) + datetime.timedelta(seconds=seconds)
    except OverflowError:
        raise _bad_format(f"{d!r} plus {seconds} seconds is out of the range of dates") from None


def _utc(moment: datetime.datetime) -> datetime.datetime:
    """A local date and time as UTC, through the machine's time zone."""
    try:
        return moment.astimezone(datetime.UTC).replace(tzinfo=None)
    except (OverflowError, ValueError, OSError):
        return moment


def _short_special(d: Date4D) -> str:
    century, pivot = lifecycle.settings.get("default century", (19, 30))
    low = century * 100 + pivot
    year = f"{d.y % 100:02d}" if low <= d.y < low + 100 else f"{d.y:04d}"
    return f"{d.m:02d}/{d.d:02d}/{year}"


def _iso(m: datetime.datetime) -> str:
    return f"{m.year:04d}-{m.month:02d}-{m.day:02d}T{m.hour:02d}:{m.minute:02d}:{m.second:02d}"


def _rfc1123(m: datetime.datetime) -> str:
    return f"{DAYS[m.weekday()][:3]}, {m.day:02d} {MONTHS[m.month - 1][:3]} {m.year:04d} " \
           f"{m.hour:02d}:{m.minute:02d}:{m.second:02d} GMT"


def format_date_code(d: Date4D, code: int, seconds: int = 0) -> str:
    """String(date; constant{; addTime}); unknown codes give the default format."""
    blank, code = code >= BLANK_IF_NULL, code % BLANK_IF_NULL
    if d.is_null():
        return "" if blank else format_date(d)
    day = datetime.date(d.y, d.m, d.d)
    name, month = DAYS[day.weekday()], MONTHS[d.m - 1]
    simple = {
        2: f"{name[:3]}, {month[:3]} {d.d}, {d.y:04d}",
        3: f"{name}, {month} {d.d}, {d.y:04d}",
        5: f"{month} {d.d}, {d.y:04d}",
        6: f"{month[:3]} {d.d}, {d.y:04d}",
    }
    if code == 4:
        return _short_special(d)
    if code in simple:
        return simple[code]
    if code == 8:
        return _iso(_local(d, seconds))
    if code == 9:
        return _iso(_utc(_local(d, seconds))) + "Z"
    if code == 10:
        return _rfc1123(_utc(_local(d, seconds)))
    return format_date(d)


# ---------------------------------------------------------------- built-in time formats


def _plural(n: int, word: str) -> str:
    """Singular for 0 and 1: the Time page shows ?13:00:00? as "13 hours 0 minute"."""
    return f"{n} {word}" + ("" if n <= 1 else "s")


def format_time_code(t: Time4D, code: int) -> str:
    """String(time; constant); the system formats are the short one (as on Windows)."""
    blank, code = code >= BLANK_IF_NULL, code % BLANK_IF_NULL
    if t.s == 0 and blank:
        return ""
    sign = "-" if t.s < 0 else ""
    s = abs(t.s)
    h, m, sec = s // 3600, s // 60 % 60, s % 60
    table = {
        2: f"{h:02d}:{m:02d}",
        3: f"{_plural(h, 'hour')} {_plural(m, 'minute')} {_plural(sec, 'second')}",
        4: f"{_plural(h, 'hour')} {_plural(m, 'minute')}",
        5: f"{h % 12 or 12}:{m:02d} {'AM' if h % 24 < 12 else 'PM'}",
        6: f"{s // 60:02d}:{sec:02d}",
        7: f"{_plural(s // 60, 'minute')} {_plural(sec, 'second')}",
        8: f"0000-00-00T{h:02d}:{m:02d}:{sec:02d}",
    }
    if code in table:
        return sign + table[code]
    return format_time(t)


# ---------------------------------------------------------------- patterns


_TEXT_FIELDS = set("GQqMLEecabB")
_NUMERIC_FIELDS = set("yYuwdDhHKkms")
_ZONE_FIELDS = set("XxOz")


@functools.lru_cache(maxsize=256)
def pattern_tokens(pattern: str) -> tuple:
    """A pattern as literal strings and (letter, count) fields; leading and
    trailing unquoted spaces are dropped, as 4D does."""
    pattern = pattern.strip(" ")
    out: list = []
    i, n = 0, len(pattern)
    while i < n:
        c = pattern[i]
        if c == "'":
            i = _quoted(pattern, i, out)
        elif "a" <= c <= "z" or "A" <= c <= "Z":
            j = i
            while j < n and pattern[j] == c:
                j += 1
            if c not in _TEXT_FIELDS and c not in _NUMERIC_FIELDS and c not in _ZONE_FIELDS:
                raise _bad_format(f"invalid pattern letter '{c}' in \"{pattern}\"")
            out.append((c, j - i))
            i = j
        else:
            out.append(c)
            i += 1
    return tuple(out)


def _quoted(pattern: str, i: int, out: list) -> int:
    """Read a quoted literal starting at i ('' is one quote); return the index after it."""
    if pattern.startswith("''", i):
        out.append("'")
        return i + 2
    j, text = i + 1, []
    while j < len(pattern):
        if pattern.startswith("''", j):
            text.append("'")
            j += 2
        elif pattern[j] == "'":
            j += 1
            break
        else:
            text.append(pattern[j])
            j += 1
    out.append("".join(text))
    return j


def format_pattern(pattern: str, moment: datetime.datetime) -> str:
    """Apply a date/time pattern to a local date and time."""
    parts = []
    for tok in pattern_tokens(pattern):
        if isinstance(tok, str):
            parts.append(tok)
        else:
            parts.append(_field(tok[0], tok[1], moment))
    return "".join(parts)


def _field(letter: str, count: int, m: datetime.datetime) -> str:
    if letter in _ZONE_FIELDS:
        return _zone(letter, count, _offset(m))
    if letter in _NUMERIC_FIELDS:
        return _number_field(letter, count, m)
    return _text_field(letter, count, m)


def _number_field(letter: str, count: int, m: datetime.datetime) -> str:
    iso_year, week, _ = m.isocalendar()
    if letter in "yY" and count == 2:
        return f"{(m.year if letter == 'y' else iso_year) % 100:02d}"
    value = {
        "y": m.year, "Y": iso_year, "u": m.year, "w": week, "d": m.day,
        "D": m.timetuple().tm_yday, "h": m.hour % 12 or 12, "H": m.hour, "K": m.hour % 12,
        "k": m.hour or 24, "m": m.minute, "s": m.second,
    }[letter]
    return str(value).zfill(count)


_QUARTERS = ["1st quarter", "2nd quarter", "3rd quarter", "4th quarter"]


def _names(full: str, count: int, short: int = 3) -> str:
    """Abbreviated (1-3), wide (4), narrow (5) or short (6) form of a name."""
    if count <= 3:
        return full[:short]
    return {4: full, 5: full[:1]}.get(count, full[:2])


def _text_field(letter: str, count: int, m: datetime.datetime) -> str:
    if letter == "G":
        ad = m.year > 0
        return ["AD" if ad else "BC", "Anno Domini" if ad else "Before Christ", "A" if ad else "B"][
            0 if count <= 3 else (1 if count == 4 else 2)]
    if letter in "Qq":
        q = (m.month - 1) // 3 + 1
        return {1: str(q), 2: f"{q:02d}", 3: f"Q{q}", 4: _QUARTERS[q - 1]}.get(count, str(q))
    if letter in "ML":
        if count <= 2:
            return str(m.month).zfill(count)
        return _names(MONTHS[m.month - 1], min(count, 5))
    day = DAYS[m.weekday()]
    if letter in "ec" and count <= 2:
        return str(m.isoweekday()).zfill(count if letter == "e" else 1)
    if letter in "Eec":
        return _names(day, min(count, 6))
    return _day_period(letter, count, m)


def _day_period(letter: str, count: int, m: datetime.datetime) -> str:
    seconds = m.hour * 3600 + m.minute * 60 + m.second
    am = m.hour < 12
    if letter == "a":
        return ("a" if am else "p") if count >= 5 else ("AM" if am else "PM")
    if letter == "b":
        if seconds == 0:
            return {4: "midnight", 5: "md"}.get(count, "mid.")
        if seconds == 12 * 3600:
            return "n" if count >= 5 else "noon"
        return ("a" if am else "p") if count >= 5 else ("AM" if am else "PM")
    if seconds == 12 * 3600:
        return "n" if count >= 5 else "noon"
    h = m.hour
    if 6 <= h < 12:
        return "in the morning"
    if 12 <= h < 18:
        return "in the afternoon"
    return "in the evening" if 18 <= h < 21 else "at night"


def _offset(m: datetime.datetime) -> int:
    """The machine's UTC offset, in seconds, at a local date and time."""
    try:
        off = m.astimezone().utcoffset()
    except (OverflowError, ValueError, OSError):
        return 0
    return int(off.total_seconds()) if off is not None else 0


def _hms(off: int, sep: str, seconds: bool, minutes: bool = True) -> str:
    sign = "-" if off < 0 else "+"
    a = abs(off)
    h, mi, s = a // 3600, a // 60 % 60, a % 60
    text = f"{sign}{h:02d}"
    if minutes or mi:
        text += f"{sep}{mi:02d}"
    if seconds and s:
        text += f"{sep}{s:02d}"
    return text


def _gmt(off: int, long: bool) -> str:
    if off == 0:
        return "GMT"
    if long:
        return "GMT" + _hms(off, ":", False)
    a = abs(off)
    text = f"GMT{'-' if off < 0 else '+'}{a // 3600}"
    return text + (f":{a // 60 % 60:02d}" if a // 60 % 60 else "")


def _zone(letter: str, count: int, off: int) -> str:
    if letter == "O":
        return _gmt(off, count >= 4)
    if letter == "z":
        if count <= 3:
            return _hms(off, "", False)
        if count == 4:
            return _gmt(off, True)
        letter, count = "X", 5
    if letter == "X" and off == 0:
        return "Z"
    count = min(count, 5)
    sep = ":" if count in (3, 5) else ""
    return _hms(off, sep, count >= 4, minutes=count != 1)


def format_date_pattern(d: Date4D, pattern: str, seconds: int = 0) -> str:
    """String(date; pattern{; addTime}); a null date gives zeros, as its default format."""
    if d.is_null():
        pattern_tokens(pattern)  # still reports an invalid pattern
        return format_date(d)
    return format_pattern(pattern, _local(d, seconds))


def format_time_pattern(t: Time4D, pattern: str) -> str:
    """String(time; pattern): the time of day (modulo 24 hours) on today's date."""
    today = datetime.date.today()
    moment = datetime.datetime(today.year, today.month, today.day) + datetime.timedelta(seconds=t.s % 86400)
    return format_pattern(pattern, moment)

