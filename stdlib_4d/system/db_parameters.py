"""Get database parameter / SET DATABASE PARAMETER.

Stage: stdlib commands. The selectors that mean something headless read the
application context (User param value, Is current database a project,
library versions...); the others keep the value a SET gave them for the
run (starting at 4D's documented default), so code that sets then reads a
setting sees it. Text selectors answer in the stringValue parameter, the
result being 0. A table first is read by the one selector that concerns a
table, Table sequence number (31: the table's last number used,
stdlib_4d/data/classic/sequences.py); the others ignore it, as 4D does.
`appcontext.current().parameters` holds the
values set, for the modules a setting concerns (the Web server's Port ID...).
"""

from __future__ import annotations

import os
import ssl
import zlib

from runtime import appcontext
from runtime.codes import err
from runtime.registry import command
from runtime.support import out_target
from runtime.values import UNDEF, Pointer
from stdlib_4d import args

USER_PARAM_VALUE = 108
# Selectors whose value is a Text (answered in stringValue).
TEXT_SELECTORS = {55, 64, 80, 94, 108, 114, 115, 120}
# Documented defaults of settings a run can change.
DEFAULTS = {
    13: 0.0, 14: 0.0, 15: 80.0, 28: 0.0, 34: 0.0, 39: 443.0, 45: 0.0, 54: 20.0, 55: "127.0.0.1", 56: 8002.0,
    64: "", 79: 0.0, 80: "all", 85: 2.0, 87: 0.0, 88: 19812.0, 90: 50.0, 92: 0.0, 95: 15.0, 98: 172800.0,
    101: 1.0, 102: 45.0, 103: 720.0, 109: 0.0, 110: 0.0, 111: 0.0, 116: 0.0, 119: 0.0, 121: 0.0, 131: 0.0,
    133: 0.0,
}


def _read_only(selector: int):
    """The value of a selector that only Get database parameter reads (None if it is not one)."""
    ctx = appcontext.current()
    if selector in (112, 113):  # Is current/host database a project
        return 1.0 if ctx.is_project else 0.0
    if selector == 117:  # Is host database writable
        return 1.0 if os.access(os.path.dirname(ctx.structure_file) or ctx.database_folder, os.W_OK) else 0.0
    if selector == 74:  # Direct2D get active status: no Direct2D on Linux
        return 0.0
    if selector == 94:
        return ssl.OPENSSL_VERSION
    if selector == 120:
        return f"zlib {zlib.ZLIB_RUNTIME_VERSION}"
    if selector in (114, 115):  # LDAP and SASL libraries: none in run4d
        return ""
    if selector == USER_PARAM_VALUE:
        return ctx.user_param
    return None


TABLE_SEQUENCE_NUMBER = 31


def _table_first(params: tuple, cmd: str):
    """(dataclass or None, the other parameters) for a command whose first parameter may be a table."""
    from stdlib_4d.data.classic.tables import TableHandle, is_table, table_of

    if params and (is_table(params[0]) or type(params[0]) is TableHandle):
        return table_of(params[0], cmd), params[1:]
    return None, params


@command("Get database parameter", returns="real", outputs=(2, 3))
def get_database_parameter(*params):
    """Get database parameter({table;} selector{; stringValue}): a setting's value (Text ones in stringValue)."""
    dc, params = _table_first(params, "Get database parameter")
    if not params:
        raise err("param_count", callee="Get database parameter", detail="a selector is required")
    selector, string_value = params[0], params[1] if len(params) > 1 else UNDEF
    sel = args.integer(selector, "Get database parameter", 1)
    if sel == TABLE_SEQUENCE_NUMBER:
        from stdlib_4d.data.classic import navigation, sequences

        return float(sequences.last_number(dc or navigation.table_arg(UNDEF, "Get database parameter")))
    value = _read_only(sel)
    if value is None:
        value = appcontext.current().parameters.get(sel, DEFAULTS.get(sel, 0.0))
    if type(value) is str or sel in TEXT_SELECTORS:
        target = out_target(string_value)
        if type(target) is Pointer:
            target.set(value if type(value) is str else "")
        return 0.0
    return float(value)


@command("SET DATABASE PARAMETER")
def set_database_parameter(*params):
    """SET DATABASE PARAMETER({table;} selector; value): change a setting for this run.

    User param value is kept for the next run (4D: after a restart), so this
    run's value does not change; read-only selectors are ignored.
    """
    dc, params = _table_first(params, "SET DATABASE PARAMETER")
    if len(params) < 2:
        raise err("param_count", callee="SET DATABASE PARAMETER", detail="a selector and a value are required")
    if len(params) > 2:
        raise err("param_count", callee="SET DATABASE PARAMETER", detail="too many parameters")
    selector, value = params
    sel = args.integer(selector, "SET DATABASE PARAMETER", 1)
    if sel == TABLE_SEQUENCE_NUMBER:
        from stdlib_4d.data.classic import navigation, sequences

        table = dc or navigation.table_arg(UNDEF, "SET DATABASE PARAMETER")
        sequences.set_last_number(table, int(args.number(value, "SET DATABASE PARAMETER", 2)))
        return
    ctx = appcontext.current()
    if sel in TEXT_SELECTORS:
        text = args.text(value, "SET DATABASE PARAMETER", 2)
        if sel == USER_PARAM_VALUE:
            ctx.next_user_param = text
        elif _read_only(sel) is None:
            ctx.parameters[sel] = text
        return
    number = args.number(value, "SET DATABASE PARAMETER", 2)
    if _read_only(sel) is None:
        ctx.parameters[sel] = float(number)
