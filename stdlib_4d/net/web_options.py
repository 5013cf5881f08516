"""WEB SET OPTION, WEB GET OPTION, WEB Is server running, WEB Is secured connection.

Stage: stdlib, commands. An option set here is kept for the rest of the run,
across WEB STOP SERVER / WEB START SERVER (not past the program's end), and
wins over settings.4DSettings and the command line (WEB Server.start()
settings still win for their run). Options run4d's server reads at once
(CORS, compression, TRACE, request size, session cookie and IP validation,
max sessions, character set) apply to the running server; the others (ports,
HTTP/HTTPS, HSTS, scalable sessions, web processes) at its next start. Web
log recording starts or stops logweb.txt at once (web_log.py). The
legacy-session and debug-log selectors are kept and read back but change
nothing: run4d has no legacy sessions and writes no HTTPDebugLog
(docs/decisions.md).
"""

from __future__ import annotations

import codecs
import os

from runtime.codes import err, type_name
from runtime.registry import command
from runtime.support import out_target
from runtime.values import Coll, Date4D, Obj, Pointer, Time4D
from stdlib_4d import args
from stdlib_4d.net.web_send import web_context
from stdlib_4d.net.web_server import SERVER

# selector -> (WEB Server property / option key, kind of value, applied "now" or at "start" or "kept")
SELECTORS: dict[int, tuple[str, str, str]] = {
    15: ("HTTPPort", "int", "start"),
    16: ("IPAddressToListen", "text", "start"),
    17: ("characterSet", "charset", "now"),
    18: ("maxConcurrentProcesses", "int", "start"),
    23: ("clientIPAddressToListen", "text", "kept"),
    27: ("maxRequestSize", "int", "now"),
    29: ("logRecording", "int", "now"),
    39: ("HTTPSPort", "int", "start"),
    50: ("HTTPCompressionLevel", "int", "now"),
    51: ("HTTPCompressionThreshold", "int", "now"),
    70: ("legacySession", "bool", "kept"),
    71: ("maxSessions", "int", "now"),
    72: ("inactiveSessionTimeout", "int", "kept"),
    73: ("sessionCookieName", "text", "kept"),
    78: ("inactiveProcessTimeout", "int", "kept"),
    81: ("sessionCookieDomain", "text", "now"),
    82: ("sessionCookiePath", "text", "now"),
    83: ("sessionIPAddressValidation", "bool", "now"),
    84: ("debugLog", "int", "kept"),
    85: ("HTTPTrace", "bool", "now"),
    86: ("HSTSEnabled", "bool", "start"),
    87: ("HSTSMaxAge", "int", "start"),
    88: ("HTTPEnabled", "bool", "start"),
    89: ("HTTPSEnabled", "bool", "start"),
    90: ("scalableSession", "bool", "start"),
    92: ("CORSEnabled", "bool", "now"),
    93: ("CORSSettings", "collection", "now"),
}
# Values that "0" (or "") restores to their default, as documented for these selectors.
_ZERO_RESTORES = {"maxSessions", "inactiveSessionTimeout", "inactiveProcessTimeout", "sessionCookieName"}
# IANA MIBenum numbers of the character sets 4D's Web server lists.
MIB_CHARSETS = {4: "ISO-8859-1", 12: "ISO-8859-9", 13: "ISO-8859-10", 17: "Shift_JIS", 2024: "Windows-31J",
                2026: "Big5", 38: "EUC-KR", 106: "UTF-8", 2250: "windows-1250", 2251: "windows-1251",
                2253: "windows-1253", 2255: "windows-1255", 2256: "windows-1256"}


def _selector(selector, cmd: str) -> tuple[str, str, str]:
    if type(selector) not in (float, int) or selector != int(selector):
        raise err("bad_param_type", index=1, callee=cmd, detail=f"a Longint selector is expected, got "
                                                                f"{type_name(selector)}")
    entry = SELECTORS.get(int(selector))
    if entry is None:
        raise err("bad_value", detail=f"{cmd}: {int(selector)} is not a Web server option")
    return entry


def _convert(value, kind: str, cmd: str):
    if kind in ("int", "bool"):
        if type(value) is bool:
            value = int(value)
        if type(value) not in (float, int):
            raise err("bad_param_type", index=2, callee=cmd, detail=f"a Longint is expected, got {type_name(value)}")
        return bool(value) if kind == "bool" else int(value)
    if kind == "text":
        if type(value) is not str:
            raise err("bad_param_type", index=2, callee=cmd, detail=f"a Text is expected, got {type_name(value)}")
        return value
    if kind == "charset":
        if type(value) in (float, int) and int(value) in MIB_CHARSETS:
            return int(value)
        if type(value) is str:
            try:
                codecs.lookup(codec_of(value))
            except LookupError:
                raise err("bad_value", detail=f"{cmd}: \"{value}\" is not a character set") from None
            return value
        raise err("bad_value", detail=f"{cmd}: {value!r} is not a character set")
    if not isinstance(value, Coll):
        raise err("bad_param_type", index=2, callee=cmd, detail=f"a Collection is expected, got {type_name(value)}")
    return [{k: v for k, v in dict.items(entry)} for entry in value if isinstance(entry, Obj)]


def charset_name(value) -> str:
    """The name of a Web character set option (a MIBenum number or a name)."""
    return MIB_CHARSETS.get(value, "UTF-8") if type(value) is int else str(value)


def codec_of(charset: str) -> str:
    """Python's codec for a character set name (Windows-31J is Microsoft's Shift_JIS, cp932)."""
    return "cp932" if charset.lower() == "windows-31j" else charset


@command("WEB SET OPTION")
def web_set_option(selector, value):
    """WEB SET OPTION(selector; value): a Web server option for the rest of the run."""
    name, kind, when = _selector(selector, "WEB SET OPTION")
    converted = _convert(value, kind, "WEB SET OPTION")
    if name in _ZERO_RESTORES and not converted:
        SERVER.options.pop(name, None)
    else:
        SERVER.options[name] = converted
    if when == "now":
        SERVER.refresh()


@command("WEB GET OPTION", outputs=(2,))
def web_get_option(selector, value):
    """WEB GET OPTION(selector; value): the current value of a Web server option."""
    name, kind, _ = _selector(selector, "WEB GET OPTION")
    if name == "HTTPPort":
        current = SERVER.port if SERVER.running and SERVER.port is not None else SERVER.configured_port()
    elif name == "HTTPSPort" and SERVER.https_port is not None:
        current = SERVER.https_port
    elif name == "IPAddressToListen":
        current = SERVER.host()
    elif name == "sessionCookieName":
        current = SERVER.cookie_name()
    else:
        current = SERVER.setting(name)
    if kind == "bool":
        current = 1.0 if current else 0.0
    elif kind == "int":
        current = float(current or 0)
    elif kind == "charset":
        current = float(current) if type(current) is int else current
    elif kind == "collection":
        out = Coll()
        for entry in current or []:
            o = Obj()
            for k, v in dict(entry).items():
                dict.__setitem__(o, k, v)
            out.append(o)
        current = out
    target = out_target(value)
    if type(target) is not Pointer:
        raise err("bad_param_type", index=2, callee="WEB GET OPTION", detail="a variable is expected")
    target.set(current if current is not None else "")


@command("WEB Is server running", returns="boolean")
def web_is_server_running():
    """True while the Web server listens."""
    return SERVER.running


@command("WEB Is secured connection", returns="boolean")
def web_is_secured_connection():
    """True when the request the current web process answers came over HTTPS (False outside one)."""
    ctx = web_context()
    return bool(ctx is not None and ctx.request.secure)


# Legacy web sessions: run4d has scalable sessions (or none), never legacy ones, so these
# commands behave as 4D documents them in scalable mode.


@command("WEB LEGACY CLOSE SESSION")
def web_legacy_close_session(session_id):
    """WEB LEGACY CLOSE SESSION(sessionID): ignored (documented for scalable sessions)."""
    args.text(session_id, "WEB LEGACY CLOSE SESSION", 1)


@command("WEB LEGACY GET SESSION EXPIRATION", outputs=(2, 3))
def web_legacy_get_session_expiration(session_id, exp_date, exp_time):
    """WEB LEGACY GET SESSION EXPIRATION(sessionID; expDate; expTime): a null date and time."""
    args.text(session_id, "WEB LEGACY GET SESSION EXPIRATION", 1)
    for index, (target, value) in enumerate(((exp_date, Date4D.NULL), (exp_time, Time4D(0))), 2):
        target = out_target(target)
        if type(target) is not Pointer:
            raise err("bad_param_type", index=index, callee="WEB LEGACY GET SESSION EXPIRATION",
                      detail="a variable is expected")
        target.set(value)


@command("WEB SET ROOT FOLDER")
def web_set_root_folder(root_folder):
    """WEB SET ROOT FOLDER(rootFolder): the root folder of static files from the next start.

    An absolute path, or folder names separated by "/" from the project's folder; a folder
    that does not exist is error -43 (the File manager's "File not found").
    """
    text = args.text(root_folder, "WEB SET ROOT FOLDER", 1)
    path = text if os.path.isabs(text) else os.path.join(SERVER.project_root() or os.getcwd(), text)
    path = os.path.normpath(path)
    if not text or not os.path.isdir(path):
        raise err("file_not_found", path=text)
    SERVER.options["rootFolder"] = path
