"""File.getAppInfo() / File.setAppInfo(): the keys of an XML .plist file.

Stage: stdlib support of 4D.File. Reading a .exe or .dll version resource
is Windows-only in 4D: on Linux such files (and any file that is not an
XML property list) give an empty object and are left untouched, as 4D does
for invalid files. A binary .plist is an error, as documented.
"""

from __future__ import annotations

import datetime
import os
import plistlib
import re

from runtime.codes import err
from runtime.values import UNDEF, Coll, Obj
from stdlib_4d import args
from stdlib_4d.files import paths

_ISO = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")


def _load(real: str, platform: str):
    """The plist's dictionary, None if the file is not an XML property list."""
    if os.path.splitext(real)[1].lower() != ".plist" or not os.path.isfile(real):
        return None
    try:
        with open(real, "rb") as fh:
            data = fh.read()
    except OSError as e:
        raise paths.os_error(e, platform) from None
    if data.startswith(b"bplist"):
        raise err("bad_value", detail=f"{platform}: binary .plist files are not supported (XML only)")
    try:
        value = plistlib.loads(data, fmt=plistlib.FMT_XML)
    except Exception:  # an invalid plist is "not a valid .plist file": empty result, no error
        return None
    return value if isinstance(value, dict) else None


def _to4d(v):
    if isinstance(v, dict):
        out = Obj()
        for k, x in v.items():
            dict.__setitem__(out, str(k), _to4d(x))
        return out
    if isinstance(v, list):
        return Coll(_to4d(x) for x in v)
    if isinstance(v, bool) or isinstance(v, str):
        return v
    if isinstance(v, (int, float)):
        return float(v)
    if isinstance(v, datetime.datetime):
        return v.strftime("%Y-%m-%dT%H:%M:%SZ")
    if isinstance(v, bytes):
        from stdlib_4d.blob import Blob4D

        return Blob4D(v)
    return str(v)


def get_app_info(real: str, platform: str):
    """.getAppInfo(): the keys of an XML .plist as an object ({} for any other file)."""
    found = _load(real, platform)
    return Obj() if found is None else _to4d(found)


def _to_plist(v, like=None):
    """A 4D value as a plist value, keeping the type of the value it replaces when it can."""
    if isinstance(v, Obj):
        return {k: _to_plist(x) for k, x in v.items()}
    if isinstance(v, Coll):
        return [_to_plist(x) for x in v]
    if v is None or v is UNDEF:
        v = ""
    if isinstance(like, bool):
        return bool(v) if not isinstance(v, str) else v.lower() in ("true", "1", "yes")
    if isinstance(like, int) and not isinstance(v, bool):
        try:
            return int(float(v))
        except (TypeError, ValueError):
            pass
    if isinstance(like, str) and not isinstance(v, str):
        return _text(v)
    if isinstance(v, str) and _ISO.match(v):
        return datetime.datetime.strptime(v, "%Y-%m-%dT%H:%M:%SZ")
    if isinstance(v, float):
        return int(v) if v.is_integer() else v
    if isinstance(v, (bool, str, int)):
        return v
    return _text(v)


def _text(v) -> str:
    from runtime.convert import to_text

    return to_text(v)


def set_app_info(real: str, platform: str, info) -> None:
    """.setAppInfo(info): write keys into an XML .plist (other files: nothing happens)."""
    info = args.obj(info, "File.setAppInfo", 1)
    found = _load(real, platform)
    if found is None or info is None:
        return
    for key, value in info.items():
        found[key] = _to_plist(value, found.get(key))
    try:
        with open(real, "wb") as fh:
            plistlib.dump(found, fh, fmt=plistlib.FMT_XML)
    except OSError as e:
        raise paths.os_error(e, platform) from None
