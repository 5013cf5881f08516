"""The Web server's app: who answers each HTTP request.

Stage: stdlib (runs on the event loop thread for the decision, then in web
processes for 4D code; it never touches sockets). In order, as 4D does:
CORS (preflights and refused origins), the HTTP request handlers of
HTTPHandlers.json, /4DACTION/method, static files of the root folder (GET
and HEAD; OPTIONS answers with Allow; other methods get 405), the
`On Web Connection` database method, else 404. TRACE is refused with 405
unless HTTPTrace is set. Static files are answered on the loop; 4D code
runs in a web process (web_pool.py) and answers through `reply`.
"""

from __future__ import annotations

import fnmatch
import re

from runtime import hooks
from stdlib_4d.net import static_files, web_templates
from stdlib_4d.net.http_handlers import load_handlers
from stdlib_4d.net.http_messages import BadRequest, Request, Response, text_response

STATIC_METHODS = "GET, HEAD, OPTIONS"
ON_WEB_CONNECTION = "On Web Connection"
ACTION_PREFIX = "/4daction/"


class WebApp:
    """The answers of one run of the Web server (settings are read when it starts)."""

    def __init__(self, server) -> None:
        from stdlib_4d.net.web_pool import WebPool
        from stdlib_4d.net.web_session import Sessions

        self.server = server
        static_files.forget_roots()  # a new run of the server may serve another folder at the same path
        self.root = server.root_folder()
        self.home = server.setting("defaultHomepage") or None
        self.handlers = load_handlers(server.project_root())
        self.sessions = Sessions(server) if server.setting("scalableSession") else None
        self.pool = WebPool(int(server.setting("maxConcurrentProcesses")))
        self.refresh()

    def refresh(self) -> None:
        """Read the settings that may change while the server runs (WEB SET OPTION)."""
        from stdlib_4d.net.web_options import charset_name, codec_of

        server = self.server
        self.trace = bool(server.setting("HTTPTrace"))
        self.cors = bool(server.setting("CORSEnabled"))
        self.cors_rules = _cors_rules(server.setting("CORSSettings") or [])
        self.charset = charset_name(server.setting("characterSet"))
        self.codec = codec_of(self.charset)
        if self.sessions is not None:
            self.sessions.configure(server)

    def stop(self) -> None:
        self.pool.stop()
        if self.sessions is not None:
            self.sessions.clear()

    # -------------------------------------------------------------- the decision (event loop thread)

    def __call__(self, request: Request, reply) -> Response | None:
        try:
            path = request.path
        except BadRequest as e:
            return text_response(400, f"Bad request: {e}.\n", close=True)
        extra: list[tuple[str, str]] = []
        origin = request.header("Origin") if self.cors else ""
        if origin:
            allowed = self._cors_allowed(origin, request)
            if allowed is None:
                return text_response(403, "Forbidden: this origin is not allowed.\n")
            extra = allowed
            if request.method == "OPTIONS" and request.header("Access-Control-Request-Method"):
                return Response(204, extra)
            # Set before routing: a web process may answer before _route returns.
            request.cors_headers = extra
        response = self._route(request, path, reply)
        if response is not None and extra:
            response.headers.extend(extra)
        return response

    def _route(self, request: Request, path: str, reply) -> Response | None:
        method = request.method
        if method == "TRACE":
            if not self.trace:
                return text_response(405, "TRACE is not allowed.\n", [("Allow", STATIC_METHODS)])
            return _trace(request)
        found = self.handlers.match(path, method) if self.handlers else None
        if found is not None:
            if found.refused:
                return text_response(405, "Method not allowed.\n", [("Allow", found.allow)])
            self.pool.submit(request, reply, self, found.handler.route)
            return None
        if path.lower().startswith(ACTION_PREFIX) or path.lower() == ACTION_PREFIX.rstrip("/"):
            name, _, param = path[len(ACTION_PREFIX):].partition("/")
            if not name or not hooks.method_exists(name) or not hooks.method_attribute(name, "publishedWeb"):
                return text_response(404, "Not found.\n")
            self.pool.submit(request, reply, self, ("action", name, param))
            return None
        if method == "CONNECT":
            return text_response(405, "CONNECT is not allowed.\n", [("Allow", STATIC_METHODS)], close=True)
        file = static_files.resolve(self.root, path, self.home) if self.root else None
        if file is not None:
            if method in ("GET", "HEAD"):
                if web_templates.parsed_by_url(file):
                    self.pool.submit(request, reply, self, ("template", file))
                    return None
                return static_files.serve(file, request)
            if method == "OPTIONS":
                return Response(204, [("Allow", STATIC_METHODS)])
            return text_response(405, "Method not allowed.\n", [("Allow", STATIC_METHODS)])
        if hooks.method_exists(ON_WEB_CONNECTION):
            self.pool.submit(request, reply, self, ("connection",))
            return None
        if method == "OPTIONS":
            return Response(204, [("Allow", STATIC_METHODS)])
        return text_response(404, "Not found.\n")

    # -------------------------------------------------------------- CORS

    def _cors_allowed(self, origin: str, request: Request) -> list[tuple[str, str]] | None:
        """The headers granting `origin`, or None when it is not allowed."""
        own = request.header("Host")
        if own and origin.split("://", 1)[-1] == own:
            return []  # same origin: not a cross-site request
        method = request.header("Access-Control-Request-Method") or request.method
        bare = origin.split("://", 1)[-1]
        for pattern, methods in self.cors_rules:
            if pattern.match(origin) or pattern.match(bare):
                if methods and method.upper() not in methods:
                    return None
                allow = ", ".join(sorted(methods)) if methods else "GET, HEAD, POST, PUT, DELETE, OPTIONS, PATCH"
                headers = [("Access-Control-Allow-Origin", origin), ("Access-Control-Allow-Credentials", "true"),
                           ("Access-Control-Allow-Methods", allow), ("Vary", "Origin")]
                wanted = request.header("Access-Control-Request-Headers")
                if wanted:
                    headers.append(("Access-Control-Allow-Headers", wanted))
                return headers
        return None


def _cors_rules(entries) -> list[tuple[re.Pattern, set[str]]]:
    """CORSSettings as (compiled host pattern, allowed methods) pairs; a missing host is ignored."""
    rules = []
    for entry in entries:
        host = str(entry.get("host", "") or "").strip()
        if not host:
            continue
        methods = {m.strip().upper() for m in str(entry.get("methods", "") or "").split(";") if m.strip()}
        pattern = fnmatch.translate(host.lower())
        if ":" not in host.split("://", 1)[-1] and not host.endswith("*"):
            pattern = pattern.replace(r"\Z", r"(:\d+)?\Z")  # a host without a port allows any port
        rules.append((re.compile(pattern, re.I), methods))
    return rules


def _trace(request: Request) -> Response:
    lines = [f"{request.method} {request.target} HTTP/{request.version}"]
    lines += [f"{k}: {v}" for k, v in request.headers]
    body = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1", "replace") + request.body
    return Response(200, [("Content-Type", "message/http")], body, compressible=False)
