"""Formatted String(): number patterns, date and time display formats.

Stage: stdlib. US conventions (run4d is headless).
"""

from __future__ import annotations

from runtime.codes import err, type_name
from runtime.convert import format_date, format_time, to_text
from runtime.values import Date4D, Time4D


def format_value(value, fmt, add_time):
    t = type(value)
    if t is str:
        return value
    if t is Date4D:
        return format_date(value)
    if t is Time4D:
        return format_time(value)
    raise err("bad_value", detail=f"String: format {to_text(fmt)!r} is not supported for {type_name(value)}")
