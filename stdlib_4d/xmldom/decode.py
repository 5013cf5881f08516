"""XML DECODE: a value written as XML text, converted to the type of the variable receiving it.

Stage: stdlib command. The rules are the command page's (English system): numbers with a period or a
comma, Booleans as 1/0 or true/false, BLOBs and pictures in Base64, dates and times from an ISO
date-time (the date keeps its date part; the time its time part, moved to the local time zone when
the text gives another one). A variable with no type receives the text.
"""

from __future__ import annotations

import base64
import binascii
import re
from datetime import datetime

from runtime.codes import err
from runtime.registry import command
from runtime.support import out_target
from runtime.values import Date4D, Picture, Pointer, Time4D
from stdlib_4d import args

_DATE = re.compile(r"\s*(\d{4})-(\d{2})-(\d{2})")
_TIME = re.compile(r"\s*(\d{1,2}):(\d{2})(?::(\d{2}))?")


@command("XML DECODE", outputs=(2,))
def xml_decode(xml_value, var):
    """XML DECODE(xmlValue; 4Dvar): the XML text converted to 4Dvar's type (Text when it has none)."""
    cmd = "XML DECODE"
    text = args.text(xml_value, cmd, 1)
    target = out_target(var)
    if type(target) is not Pointer:
        raise err("bad_param_type", index=2, callee=cmd, detail="a variable or field was expected")
    target.set(decode(text, target.get()))


def decode(text: str, like):
    t = type(like)
    if t is bool:
        return text.strip().lower() in ("1", "true")
    if t is float or t is int:
        try:
            n = float(text.strip().replace(",", "."))
        except ValueError:
            n = 0.0
        return int(n) if t is int else n
    if isinstance(like, (bytes, bytearray)):
        return type(like)(_base64(text))
    if t is Picture:
        return Picture(_base64(text))
    if t is Date4D:
        m = _DATE.match(text)
        return Date4D(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else Date4D.NULL
    if t is Time4D:
        return _time(text)
    return text


def _base64(text: str) -> bytes:
    try:
        return base64.b64decode("".join(text.split()), validate=False)
    except (binascii.Error, ValueError):
        return b""


def _time(text: str) -> Time4D:
    stamp = text.strip()
    if "T" in stamp:
        try:
            moment = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
        except ValueError:
            moment = None
        if moment is not None:
            if moment.tzinfo is not None:
                moment = moment.astimezone()  # "taken into account if different from local time"
            return Time4D(moment.hour * 3600 + moment.minute * 60 + moment.second)
        stamp = stamp.split("T", 1)[1]
    m = _TIME.match(stamp)
    if not m:
        return Time4D(0)
    return Time4D(int(m.group(1)) * 3600 + int(m.group(2)) * 60 + int(m.group(3) or 0))
