"""4D.WebServer: WEB START SERVER, WEB STOP SERVER, WEB Server.

Stage: stdlib (built-in class and commands; the sockets are engine.py's).
run4d behaves like a project whose Web server starts on demand: creating a
4D.WebSocketServer starts it when it is not running. Port: --http-port,
else RUN4D_HTTP_PORT, else the project's settings.4DSettings, else 8080 (0
picks any free port). The actual port is printed on stderr and readable as
WEB Server.HTTPPort. A Web server started explicitly keeps the program
alive; one started on demand does not (its WebSocket servers do).
"""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET

from runtime import console, eventloop, lifecycle
from runtime.classes import register_builtin
from runtime.codes import err
from runtime.native import Native
from runtime.process import current
from runtime.registry import command
from runtime.scheduler import TABLE
from runtime.values import UNDEF, Coll, Obj

DEFAULT_PORT = 8080
START_TIMEOUT = 10.0


def _settings_file_port(root: str) -> tuple[int | None, str | None]:
    """(port, html root) from a project's settings.4DSettings, if any."""
    for rel in (("Settings", "settings.4DSettings"), ("Project", "Sources", "settings.4DSettings")):
        path = os.path.join(root, *rel)
        if not os.path.isfile(path):
            continue
        try:
            conf = ET.parse(path).find("./com.4d/web/standalone_server/configuration")
        except ET.ParseError:
            continue
        if conf is None:
            continue
        port = conf.get("port_number")
        host = conf.find("./hosts/host")
        html = host.get("html_root") if host is not None else None
        return (int(port) if port and port.isdigit() else None,
                os.path.normpath(os.path.join(root, html)) if html else None)
    return None, None


class WebServer(Native):
    """The application's Web server (one per run)."""

    class_path = "4D.WebServer"

    def __init__(self) -> None:
        self.listener = None
        self.explicit = False  # started by WEB START SERVER / .start(): keeps the run alive
        self.port: int | None = None
        self.overrides: dict = {}

    # -------------------------------------------------------------- configuration

    def configured_port(self) -> int:
        if "HTTPPort" in self.overrides:
            return int(self.overrides["HTTPPort"])
        settings = lifecycle.settings
        if settings.get("http_port") is not None:
            return int(settings["http_port"])
        env = os.environ.get("RUN4D_HTTP_PORT")
        if env:
            return int(env)
        port, _ = _settings_file_port(settings.get("root") or "")
        return port if port is not None else DEFAULT_PORT

    def host(self) -> str:
        return self.overrides.get("IPAddressToListen") or lifecycle.settings.get("http_host") or "127.0.0.1"

    def root_folder(self) -> str | None:
        if "rootFolder" in self.overrides:
            return self.overrides["rootFolder"]
        settings = lifecycle.settings
        if settings.get("web_root"):
            return os.path.abspath(settings["web_root"])
        root = settings.get("root") or ""
        _, html = _settings_file_port(root)
        if html and os.path.isdir(html):
            return html
        folder = os.path.join(root, "WebFolder")
        return folder if os.path.isdir(folder) else None

    # -------------------------------------------------------------- running

    @property
    def running(self) -> bool:
        return self.listener is not None

    def start(self, explicit: bool) -> None:
        """Start listening (no-op if running); raise a 4D error if it cannot."""
        if self.listener is not None:
            if explicit and not self.explicit:
                self.explicit = True
                TABLE.count("keepalive", 1)
            return
        from stdlib_4d.net.engine import Listener

        listener = Listener(self.host(), self.configured_port(), self.root_folder())
        try:
            port = eventloop.submit(listener.start()).result(START_TIMEOUT)
        except OSError as e:
            raise err("bad_value", detail=f"the Web server cannot listen on {listener.host}:"
                                          f"{listener.port}: {e.strerror or e}") from None
        self.listener, self.port = listener, port
        self.explicit = explicit
        if explicit:
            TABLE.count("keepalive", 1)
        lifecycle.on_shutdown(self.stop)
        console.write(f"run4d: Web server listening on http://{listener.host}:{port}/\n", "err")

    def stop(self) -> None:
        listener, self.listener = self.listener, None
        if listener is None:
            return
        for route in list(listener.routes):
            terminate = getattr(route, "terminate_for_stop", None)
            if terminate is not None:
                terminate()
        try:
            eventloop.submit(listener.stop()).result(START_TIMEOUT)
        finally:
            if self.explicit:
                self.explicit = False
                TABLE.count("keepalive", -1)
            self.overrides = {}

    def add_route(self, route) -> None:
        self.start(explicit=False)
        eventloop.call_soon(self.listener.routes.append, route)

    def remove_route(self, route) -> None:
        listener = self.listener
        if listener is not None:
            eventloop.call_soon(lambda: route in listener.routes and listener.routes.remove(route))


SERVER = WebServer()


def _reset() -> None:
    SERVER.stop()
    SERVER.overrides = {}


lifecycle.on_reset(_reset)


def _start(ws: WebServer, settings=UNDEF) -> Obj:
    result = Obj()
    if ws.running:
        dict.__setitem__(result, "success", False)
        dict.__setitem__(result, "errors", _errors("The Web server is already running"))
        return result
    if isinstance(settings, Obj):
        ws.overrides = {k: v for k, v in dict.items(settings)}
    try:
        ws.start(explicit=True)
        dict.__setitem__(result, "success", True)
    except Exception as e:  # reported in the result, as 4D does
        ws.overrides = {}
        dict.__setitem__(result, "success", False)
        dict.__setitem__(result, "errors", _errors(getattr(e, "message", str(e))))
    return result


def _errors(message: str) -> Coll:
    item = Obj()
    dict.__setitem__(item, "errCode", -1.0)
    dict.__setitem__(item, "message", message)
    return Coll([item])


WebServer.props4d = {
    "isRunning": lambda w: w.running,
    "HTTPPort": lambda w: float(w.port if w.running else w.configured_port()),
    "HTTPEnabled": lambda w: True,
    "HTTPSEnabled": lambda w: False,
    "IPAddressToListen": lambda w: w.host(),
    "rootFolder": lambda w: w.root_folder() or "",
    "name": lambda w: "run4d",
}
WebServer.funcs4d = {"start": _start, "stop": lambda w: w.stop()}
register_builtin("WebServer", WebServer)


@command("WEB START SERVER")
def web_start_server():
    """Start the Web server (OK is set to 1 on success, 0 otherwise)."""
    try:
        SERVER.start(explicit=True)
        current().vars["ok"] = 1.0
    except Exception:
        current().vars["ok"] = 0.0


@command("WEB STOP SERVER")
def web_stop_server():
    """Stop the Web server (its WebSocket servers end too)."""
    SERVER.stop()


@command("WEB Server", returns="object")
def web_server(option=UNDEF):
    """The 4D.WebServer object of the application."""
    return SERVER


@command("WEB Server list", returns="collection")
def web_server_list():
    """Every Web server of the application (run4d has one)."""
    return Coll([SERVER])
