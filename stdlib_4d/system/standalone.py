"""4D Environment and Processes commands that concern 4D Server, remote users,
components and plug-ins: a run4d program is one standalone application.

Stage: stdlib commands. Execute on server starts a process here, as 4D
standalone does; the client/server and window commands are headless no-ops
(their reasons are listed in docs/supported.md); run4d loads no plug-ins,
so their list is empty; COMPONENT LIST names the components the project loaded.
"""

from __future__ import annotations

from runtime import appcontext
from runtime.registry import command, headless
from runtime.values import UNDEF
from stdlib_4d import args
from stdlib_4d.processes import new_process

_NO_WINDOW = "no window can open headless"
for _name in ("OPEN ADMINISTRATION WINDOW", "OPEN RUNTIME EXPLORER", "OPEN SECURITY CENTER", "OPEN SETTINGS WINDOW"):
    headless(_name, _NO_WINDOW)

_NO_REMOTE = "run4d is not a 4D Server: there are no remote users or clients"
for _name in ("DROP REMOTE USER", "REJECT NEW REMOTE CONNECTIONS", "SEND MESSAGE TO REMOTE USER",
              "NOTIFY RESOURCES FOLDER MODIFICATION", "REGISTER CLIENT", "UNREGISTER CLIENT", "EXECUTE ON CLIENT",
              "GET REGISTERED CLIENTS"):
    headless(_name, _NO_REMOTE)

headless("SET UPDATE FOLDER", "a headless run is not updated by 4D's application updater")


@command("Execute on server", returns="real")
def execute_on_server(method, stack, name=UNDEF, *params):
    """Execute on server(method; stack{; name{; param...}}{; *}): a new process (standalone: on this machine)."""
    return new_process(method, stack, name, *params)


@command("Last update log path", returns="text")
def last_update_log_path():
    """"": a run4d application is never updated by 4D's updater, so there is no update log."""
    return ""


@command("Get database localization", returns="text")
def get_database_localization(language_type=UNDEF, star=UNDEF):
    """Get database localization({languageType}{; *}): the language of the run ("en" unless set)."""
    return appcontext.current().parameters.get("localization", "en")


@command("SET DATABASE LOCALIZATION")
def set_database_localization(language_code, star=UNDEF):
    """SET DATABASE LOCALIZATION(languageCode{; *}): the language Get database localization answers."""
    code = args.text(language_code, "SET DATABASE LOCALIZATION", 1)
    appcontext.current().parameters["localization"] = code or "en"


def _empty_text_array(target, cmd: str, index: int, names: list[str] = ()) -> None:
    from stdlib_4d.arrays.base import out_array
    from stdlib_4d.arrays.bridge import fill

    fill(out_array(target, cmd, index, "text"), list(names), cmd)


@command("COMPONENT LIST", outputs=(1,))
def component_list(components):
    """COMPONENT LIST(componentsArray): the names of the components the project loaded."""
    from runtime.components import LOADED

    _empty_text_array(components, "COMPONENT LIST", 1, [c.name for c in LOADED])


@command("PLUGIN LIST", outputs=(1, 2))
def plugin_list(numbers, names):
    """PLUGIN LIST(numbersArray; namesArray): empty: run4d loads no plug-ins."""
    from stdlib_4d.arrays.base import out_array
    from stdlib_4d.arrays.bridge import fill

    fill(out_array(numbers, "PLUGIN LIST", 1, "longint"), [], "PLUGIN LIST")
    _empty_text_array(names, "PLUGIN LIST", 2)



