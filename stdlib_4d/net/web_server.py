"""4D.WebServer: WEB START SERVER, WEB STOP SERVER, WEB Server.

Stage: stdlib (built-in class and commands; the sockets are engine.py's,
the answers web_app.py's). run4d behaves like a project whose Web server
starts on demand: creating a 4D.WebSocketServer starts it when it is not
running. Port: --http-port, else RUN4D_HTTP_PORT, else the project's
settings.4DSettings, else 8080 (0 picks any free port). The actual port is
printed on stderr and readable as WEB Server.HTTPPort. With HTTPSEnabled a
second socket serves TLS (key.pem and cert.pem of certificateFolder) on
HTTPSPort. A Web server started explicitly keeps the program alive; one
started on demand does not (its WebSocket servers do).
"""

from __future__ import annotations

import os
import ssl
import time

from runtime import console, eventloop, lifecycle
from runtime.classes import register_builtin
from runtime.codes import err
from runtime.native import Native
from runtime.process import current
from runtime.registry import command
from runtime.scheduler import TABLE
from runtime.values import UNDEF, Coll, Obj
from stdlib_4d.net import web_settings

DEFAULT_PORT = 8080
START_TIMEOUT = 10.0


class WebServer(Native):
    """The application's Web server (one per run)."""

    class_path = "4D.WebServer"

    def __init__(self) -> None:
        self.listener = None  # the HTTP socket (or the HTTPS one when HTTP is disabled)
        self.started_at = 0.0
        self.requests_before = 0
        self.listeners: list = []
        self.routes: list = []  # WebSocket servers, shared by every socket
        self.app = None
        self.explicit = False  # started by WEB START SERVER / .start(): keeps the run alive
        self.port: int | None = None
        self.https_port: int | None = None
        self.overrides: dict = {}  # WEB Server.start(settings), for that run of the server
        self.options: dict = {}  # WEB SET OPTION, for the rest of the program's run
        self.access_log = None  # web_log.AccessLog while Web log recording is on

    # -------------------------------------------------------------- configuration

    def project_root(self) -> str:
        return lifecycle.settings.get("root") or ""

    def setting(self, name: str):
        """A 4D.WebServer property: start() settings, then settings.4DSettings, then 4D's default."""
        if name in self.overrides:
            return self.overrides[name]
        if name in self.options:
            return self.options[name]
        stored = web_settings.from_file(self.project_root())
        if name in stored:
            return stored[name]
        return web_settings.DEFAULTS.get(name)

    def configured_port(self) -> int:
        for chosen in (self.overrides, self.options):
            if "HTTPPort" in chosen:
                return int(chosen["HTTPPort"])
        settings = lifecycle.settings
        if settings.get("http_port") is not None:
            return int(settings["http_port"])
        env = os.environ.get("RUN4D_HTTP_PORT")
        if env:
            return int(env)
        port = web_settings.from_file(self.project_root()).get("HTTPPort")
        return port if port is not None else DEFAULT_PORT

    def host(self) -> str:
        return (self.overrides.get("IPAddressToListen") or self.options.get("IPAddressToListen")
                or lifecycle.settings.get("http_host") or "127.0.0.1")

    def cookie_name(self) -> str:
        return "4DSID_" + _app_name()

    def refresh(self) -> None:
        """Options changed while running: the app and the sockets read them again."""
        if self.app is not None:
            self.app.refresh()
        for listener in self.listeners:
            listener.opts.update(self.listener_options())

    def listener_options(self) -> dict:
        opts = {"max_body_size": int(self.setting("maxRequestSize")),
                "gzip_level": int(self.setting("HTTPCompressionLevel")),
                "gzip_threshold": int(self.setting("HTTPCompressionThreshold")),
                "hsts": int(self.setting("HSTSMaxAge")) if self.setting("HSTSEnabled") else 0}
        if opts["gzip_level"] < 0:
            opts["gzip_level"] = 6  # 4D's -1: a compromise between speed and size
        opts["access_log"] = self._access_log()
        return opts

    def _access_log(self):
        """The request log for the current Web log recording setting (one file open at a time)."""
        from stdlib_4d.net.web_log import open_log

        kind = int(self.setting("logRecording") or 0)
        log = self.access_log
        if log is not None and log.kind == kind:
            return log
        if log is not None:
            log.close()
        self.access_log = open_log(kind)
        return self.access_log

    def root_folder(self) -> str | None:
        if "rootFolder" in self.overrides:
            return _folder_path(self.overrides["rootFolder"])
        if "rootFolder" in self.options:  # WEB SET ROOT FOLDER
            return self.options["rootFolder"]
        settings = lifecycle.settings
        if settings.get("web_root"):
            return os.path.abspath(settings["web_root"])
        html = web_settings.from_file(self.project_root()).get("rootFolder")
        if html and os.path.isdir(html):
            return html
        folder = os.path.join(self.project_root(), "WebFolder")
        return folder if os.path.isdir(folder) else None

    def certificate_folder(self) -> str:
        folder = self.setting("certificateFolder")
        return _folder_path(folder) if folder else self.project_root()

    def ssl_context(self) -> ssl.SSLContext:
        folder = self.certificate_folder()
        cert, key = os.path.join(folder, "cert.pem"), os.path.join(folder, "key.pem")
        if not (os.path.isfile(cert) and os.path.isfile(key)):
            raise err("bad_value", detail=f"HTTPS needs cert.pem and key.pem in {folder}")
        ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        try:
            ctx.load_cert_chain(cert, key)
        except (ssl.SSLError, OSError) as e:
            raise err("bad_value", detail=f"the certificate pair in {folder} cannot be used: {e}") from None
        return ctx

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
        from stdlib_4d.net.web_app import WebApp

        self.app = app = WebApp(self)
        opts = self.listener_options()
        plans = []
        if self.setting("HTTPEnabled"):
            plans.append((self.configured_port(), None))
        if self.setting("HTTPSEnabled"):
            plans.append((int(self.setting("HTTPSPort")), self.ssl_context()))
        if not plans:
            raise err("bad_value", detail="neither HTTP nor HTTPS is enabled")
        started = []
        try:
            for port, ctx in plans:
                listener = Listener(self.host(), port, app, ctx, opts)
                listener.routes = self.routes
                try:
                    eventloop.submit(listener.start()).result(START_TIMEOUT)
                except OSError as e:
                    raise err("bad_value", detail=f"the Web server cannot listen on {listener.host}:"
                                                  f"{listener.port}: {e.strerror or e}") from None
                started.append(listener)
        except BaseException:
            for listener in started:
                eventloop.submit(listener.stop()).result(START_TIMEOUT)
            raise
        from stdlib_4d.net import engine_http

        self.listeners = started
        self.listener = started[0]
        self.started_at = time.monotonic()  # WEB Get server info: uptime and requests since this start
        self.requests_before = engine_http.REQUESTS[0]
        self.port = started[0].port if plans[0][1] is None else None
        self.https_port = next((lst.port for lst in started if lst.ssl is not None), None)
        self.explicit = explicit
        if explicit:
            TABLE.count("keepalive", 1)
        lifecycle.on_shutdown(self.stop)
        for listener in started:
            scheme = "https" if listener.ssl is not None else "http"
            console.write(f"run4d: Web server listening on {scheme}://{listener.host}:{listener.port}/\n", "err")

    def stop(self) -> None:
        listeners, self.listeners, self.listener = self.listeners, [], None
        if not listeners:
            return
        for route in list(self.routes):
            terminate = getattr(route, "terminate_for_stop", None)
            if terminate is not None:
                terminate()
        try:
            for listener in listeners:
                eventloop.submit(listener.stop()).result(START_TIMEOUT)
        finally:
            if self.app is not None:
                self.app.stop()
                self.app = None
            if self.explicit:
                self.explicit = False
                TABLE.count("keepalive", -1)
            self.overrides = {}
            self.https_port = None
            if self.access_log is not None:
                self.access_log.close()
                self.access_log = None

    def add_route(self, route) -> None:
        self.start(explicit=False)
        eventloop.call_soon(self.routes.append, route)

    def remove_route(self, route) -> None:
        eventloop.call_soon(lambda: route in self.routes and self.routes.remove(route))


def _folder_path(value) -> str:
    """A path given as text or as a 4D.Folder object."""
    if isinstance(value, str):
        return value
    for attr in ("platformPath", "path"):
        try:
            path = value.get4d(attr)
        except Exception:
            continue
        if isinstance(path, str) and path:
            return path
    return str(value)


SERVER = WebServer()


def _reset() -> None:
    SERVER.stop()
    SERVER.overrides = {}
    SERVER.options = {}


lifecycle.on_reset(_reset)


def _start(ws: WebServer, settings=UNDEF) -> Obj:
    result = Obj()
    if ws.running:
        dict.__setitem__(result, "success", False)
        dict.__setitem__(result, "errors", _errors("The Web server is already running"))
        return result
    if isinstance(settings, Obj):
        ws.overrides = {k: _plain(v) for k, v in dict.items(settings)}
    try:
        ws.start(explicit=True)
        dict.__setitem__(result, "success", True)
    except Exception as e:  # reported in the result, as 4D does
        ws.overrides = {}
        dict.__setitem__(result, "success", False)
        dict.__setitem__(result, "errors", _errors(getattr(e, "message", str(e))))
    return result


def _plain(value):
    if isinstance(value, Coll):
        return [_plain(v) for v in value]
    if isinstance(value, Obj):
        return {k: _plain(v) for k, v in dict.items(value)}
    return value


def _errors(message: str) -> Coll:
    item = Obj()
    dict.__setitem__(item, "errCode", -1.0)
    dict.__setitem__(item, "message", message)
    return Coll([item])


def _cors_settings(w: WebServer) -> Coll:
    out = Coll()
    for entry in w.setting("CORSSettings") or []:
        o = Obj()
        for k, v in dict(entry).items():
            dict.__setitem__(o, k, v)
        out.append(o)
    return out


def _charset_value(value):
    return float(value) if type(value) is int else value


def _app_name() -> str:
    root = SERVER.project_root()
    return os.path.basename(os.path.normpath(root)) if root else "run4d"


WebServer.props4d = {
    "isRunning": lambda w: w.running,
    "HTTPPort": lambda w: float(w.port if w.port is not None and w.running else w.configured_port()),
    "HTTPSPort": lambda w: float(w.https_port if w.https_port is not None else w.setting("HTTPSPort")),
    "HTTPEnabled": lambda w: bool(w.setting("HTTPEnabled")),
    "HTTPSEnabled": lambda w: bool(w.setting("HTTPSEnabled")),
    "IPAddressToListen": lambda w: w.host(),
    "rootFolder": lambda w: w.root_folder() or "",
    "certificateFolder": lambda w: w.certificate_folder(),
    "CORSEnabled": lambda w: bool(w.setting("CORSEnabled")),
    "CORSSettings": _cors_settings,
    "defaultHomepage": lambda w: w.setting("defaultHomepage") or "",
    "HTTPCompressionLevel": lambda w: float(w.setting("HTTPCompressionLevel")),
    "HTTPCompressionThreshold": lambda w: float(w.setting("HTTPCompressionThreshold")),
    "HTTPTrace": lambda w: bool(w.setting("HTTPTrace")),
    "maxConcurrentProcesses": lambda w: float(w.setting("maxConcurrentProcesses")),
    "maxRequestSize": lambda w: float(w.setting("maxRequestSize")),
    "maxSessions": lambda w: float(w.setting("maxSessions")),
    "scalableSession": lambda w: bool(w.setting("scalableSession")),
    "sessionCookieName": lambda w: w.cookie_name(),
    "HSTSEnabled": lambda w: bool(w.setting("HSTSEnabled")),
    "HSTSMaxAge": lambda w: float(w.setting("HSTSMaxAge")),
    "characterSet": lambda w: _charset_value(w.setting("characterSet")),
    "logRecording": lambda w: float(w.setting("logRecording")),
    "debugLog": lambda w: float(w.setting("debugLog")),
    "inactiveProcessTimeout": lambda w: float(w.setting("inactiveProcessTimeout")),
    "inactiveSessionTimeout": lambda w: float(w.setting("inactiveSessionTimeout")),
    "sessionCookieDomain": lambda w: w.setting("sessionCookieDomain") or "",
    "sessionCookiePath": lambda w: w.setting("sessionCookiePath") or "/",
    "sessionCookieSameSite": lambda w: w.setting("sessionCookieSameSite") or "Strict",
    "sessionIPAddressValidation": lambda w: bool(w.setting("sessionIPAddressValidation")),
    "openSSLVersion": lambda w: ssl.OPENSSL_VERSION,
    "name": lambda w: _app_name(),
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
