"""Date and time commands: Current date, Date, Time, Add to date, Timestamp...

Stage: stdlib. run4d follows US conventions (MM/DD/YY short dates, two-digit
years pivoting at 30 like 4D's default) and the machine's local time zone.
The text parsers here are also used by JSON Parse and OB Get (type argument).
"""

from __future__ import annotations

import datetime
import re
import time

from runtime import lifecycle
from runtime.codes import err, type_name
from runtime.convert import format_time, round_half_away
from runtime.registry import command
from runtime.values import STAR, UNDEF, Date4D, Time4D
from stdlib_4d import args

# SET DEFAULT CENTURY is kept in lifecycle.settings (cleared for each run):
# two-digit years >= pivot belong to `century`, the others to the next one.
_DEFAULT_CENTURY = (19, 30)

_ISO = re.compile(
    r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})"
    r"(?:T(\d{1,2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?\s*$")
_DIGITS = re.compile(r"\d+")


# ---------------------------------------------------------------- text parsing


def _make_date(y: int, m: int, d: int) -> Date4D:
    try:
        return Date4D(y, m, d)
    except ValueError:
        return Date4D.NULL


def _full_year(y: int, digits: int) -> int:
    if digits > 2:
        return y
    century, pivot = lifecycle.settings.get("default century", _DEFAULT_CENTURY)
    return (century if y >= pivot else century + 1) * 100 + y


def _iso_date(m: re.Match) -> Date4D:
    """An ISO date; with a zone (Z or +hh:mm) the instant is moved to the local time zone."""
    y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
    zone = m.group(8)
    if zone is None:
        return _make_date(y, mo, d)
    try:
        text = f"{y:04d}-{mo:02d}-{d:02d}T{int(m.group(4)):02d}:{m.group(5)}:{m.group(6) or '00'}"
        moment = datetime.datetime.fromisoformat(text + ("+00:00" if zone == "Z" else zone))
        return Date4D.from_date(moment.astimezone().date())
    except (ValueError, OverflowError):
        return Date4D.NULL


def parse_date(text: str) -> Date4D:
    """Date(text): ISO "YYYY-MM-DD{Thh:mm:ss}" or US "MM/DD/YY(YY)"; invalid gives the null date.

    run4d also reads a bare "YYYY-MM-DD" as ISO (4D's page names the form with a time;
    without one the US reading would make no date of it), and takes the parts in
    year/month/day order when the first one has four digits ("2018/01/21", the
    order of 4D's date literals). Any non-digits separate the parts, as in 4D's
    "It was the 6/30, we were in 2016" example.
    """
    m = _ISO.match(text)
    if m:
        return _iso_date(m)
    parts = _DIGITS.findall(text)
    if len(parts) < 3:
        return Date4D.NULL
    if len(parts[0]) == 4:
        return _make_date(int(parts[0]), int(parts[1]), int(parts[2]))
    month, day = int(parts[0]), int(parts[1])
    year = _full_year(int(parts[2]), len(parts[2]))
    return _make_date(year, month, day)


_AMPM = re.compile(r"\b([ap])\.?\s*m\.?\b", re.IGNORECASE)


def parse_time(text: str) -> Time4D:
    """Time(text): "HH:MM:SS", "HH:MM" (hours may pass 24), optional AM/PM; invalid gives 00:00:00."""
    parts = [int(p) for p in _DIGITS.findall(text)[:3]]
    if not parts:
        return Time4D(0)
    h, mi, s = (parts + [0, 0])[:3]
    marker = _AMPM.search(text)
    if marker and h <= 12:
        h = h % 12 + (12 if marker.group(1).lower() == "p" else 0)
    return Time4D(h * 3600 + mi * 60 + s)


# ---------------------------------------------------------------- clock


@command("Current date", returns="date")
def current_date(star=UNDEF):
    """The date of the machine's clock (the * form, for 4D Server, reads the same clock)."""
    _star(star, "Current date")
    return Date4D.from_date(datetime.date.today())


@command("Current time", returns="time")
def current_time(star=UNDEF):
    """The time of the machine's clock, 00:00:00 to 23:59:59."""
    _star(star, "Current time")
    now = datetime.datetime.now()
    return Time4D(now.hour * 3600 + now.minute * 60 + now.second)


def _star(value, cmd: str) -> None:
    # coerce.star does this for the other commands; coerce imports this module.
    if value is not UNDEF and value is not STAR:
        raise err("bad_param_type", index=1, callee=cmd, detail=f"* expected, got {type_name(value)}")


@command("Timestamp", returns="text")
def timestamp():
    """The current UTC time as yyyy-MM-ddTHH:mm:ss.SSSZ."""
    now = datetime.datetime.now(datetime.UTC)
    return now.strftime("%Y-%m-%dT%H:%M:%S.") + f"{now.microsecond // 1000:03d}Z"


def _longint(n: int) -> float:
    """Wrap like a signed 32-bit Longint (4D's counters turn negative after 2^31)."""
    return float((n + 2**31) % 2**32 - 2**31)


@command("Milliseconds", returns="real")
def milliseconds():
    """Milliseconds since the machine started (signed 32-bit: compare differences only)."""
    return _longint(int(time.monotonic() * 1000))


@command("Tickcount", returns="real")
def tickcount():
    """Ticks (1/60 s) since the machine started."""
    return _longint(int(time.monotonic() * 60))


# ---------------------------------------------------------------- conversions


@command("Date", returns="date")
def date(expression):
    """Date(text or date): a date (invalid or undefined text gives !00-00-00!)."""
    t = type(expression)
    if t is Date4D:
        return expression
    if expression is UNDEF or expression is None:
        return Date4D.NULL
    if t is str:
        return parse_date(expression)
    raise err("bad_param_type", index=1, callee="Date",
              detail=f"Text or Date expected, got {type_name(expression)}")


@command("Time", returns="time")
def time_(value):
    """Time(text or seconds): a time (undefined gives 00:00:00)."""
    t = type(value)
    if t is Time4D:
        return value
    if t is float or t is int:
        return Time4D(round_half_away(value))
    if value is UNDEF or value is None:
        return Time4D(0)
    if t is str:
        return parse_time(value)
    raise err("bad_param_type", index=1, callee="Time",
              detail=f"Text or Number expected, got {type_name(value)}")


@command("Time string", returns="text")
def time_string(seconds):
    """Time string(seconds): "HH:MM:SS", hours going past 24 (86401 is "24:00:01")."""
    return format_time(args.time(seconds, "Time string", 1))


# ---------------------------------------------------------------- date parts


@command("Day of", returns="real")
def day_of(a_date):
    """The day of the month, 1 to 31 (0 for the null date)."""
    return float(args.date(a_date, "Day of", 1).d)


@command("Month of", returns="real")
def month_of(a_date):
    """The month, 1 to 12 (0 for the null date)."""
    return float(args.date(a_date, "Month of", 1).m)


@command("Year of", returns="real")
def year_of(a_date):
    """The year (0 for the null date)."""
    return float(args.date(a_date, "Year of", 1).y)


@command("Day number", returns="real")
def day_number(a_date):
    """The weekday, Sunday = 1 to Saturday = 7; 2 for the null date (as 4D documents)."""
    d = args.date(a_date, "Day number", 1)
    if d.is_null():
        return 2.0
    return float(datetime.date(d.y, d.m, d.d).isoweekday() % 7 + 1)


@command("Add to date", returns="date")
def add_to_date(a_date, years, months, days):
    """Add years, months and days to a date.

    4D's page does not say what happens past the end of a month; run4d carries the
    extra days over, like C's mktime (!2023-01-31! plus one month is !2023-03-03!).
    The null date stays null; a result outside years 1..9999 is the null date.
    """
    d = args.date(a_date, "Add to date", 1)
    y = args.integer(years, "Add to date", 2)
    m = args.integer(months, "Add to date", 3)
    n = args.integer(days, "Add to date", 4)
    if d.is_null():
        return Date4D.NULL
    year, month = divmod(d.y * 12 + d.m - 1 + y * 12 + m, 12)
    try:
        first = datetime.date(year, month + 1, 1).toordinal()
        return Date4D.from_date(datetime.date.fromordinal(first + d.d - 1 + n))
    except (ValueError, OverflowError):
        return Date4D.NULL


@command("SET DEFAULT CENTURY")
def set_default_century(century, pivot_year=UNDEF):
    """SET DEFAULT CENTURY(century{; pivotYear}): how Date reads two-digit years.

    With the century alone every two-digit year belongs to it (pivot 0).
    """
    c = args.integer(century, "SET DEFAULT CENTURY", 1)
    p = 0 if pivot_year is UNDEF else args.integer(pivot_year, "SET DEFAULT CENTURY", 2)
    if not 0 <= p <= 99:
        raise err("bad_value", detail=f"SET DEFAULT CENTURY: the pivot year must be 0 to 99, got {p}")
    lifecycle.settings["default century"] = (c, p)
