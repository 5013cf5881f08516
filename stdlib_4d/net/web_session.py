"""Web sessions: the 4D.Session of web requests and the cookie that finds it again.

Stage: stdlib (no networking). With scalable sessions (the default), each
request answered by 4D code (handler, 4DACTION, On Web Connection; static
files need none) belongs to a session found by the cookie 4DSID_<AppName>
(HttpOnly, Path and SameSite from the Web server's settings, Secure on
HTTPS); a request without a valid cookie, from another IP address (unless
sessionIPAddressValidation is off) or after the session's idleTimeout
starts a new Guest session. Past maxSessions, the least recently used
session is closed. Privileges: with a roles.json in the project, only the
privileges and roles it declares are kept (roles expand to their
privileges, `includes` are followed); without one, any name is kept
(docs/decisions.md). OTP tokens ($4DSID=... in the URL, or .restore())
bring a session back once.
"""

from __future__ import annotations

import datetime
import hashlib
import hmac
import itertools
import json
import os
import threading
import time
from collections import OrderedDict

from runtime.classes import register_builtin
from runtime.native import Native
from runtime.values import UNDEF, Coll, Obj, SharedObj
from stdlib_4d import args

MIN_IDLE_MINUTES = 60
_active: dict = {"sessions": None}
# Session ids and OTP tokens: HMAC-SHA256 of a counter under a random key drawn once per run.
# As unpredictable as uuid4, without a system call per id (os.urandom costs ~0.4 ms here).
_KEY = os.urandom(32)
_counter = itertools.count(1)


def new_id() -> str:
    """A new 32-hex-digit identifier, upper case like 4D's UUIDs."""
    return hmac.new(_KEY, next(_counter).to_bytes(8, "big"), hashlib.sha256).hexdigest()[:32].upper()


def storage_of(session_id: str):
    """The storage of web session `session_id`, or None (for `Session storage`)."""
    sessions = _active["sessions"]
    session = sessions.by_id.get(session_id) if sessions is not None else None
    return session.storage if session is not None else None


class WebSession(Native):
    class_path = "4D.Session"

    def __init__(self, sessions: Sessions, address: str) -> None:
        self.sessions = sessions
        self.id = new_id()
        self.address = address
        self.storage = SharedObj()
        self.privileges: set[str] = set()
        self.user_name = ""
        self.idle_minutes = MIN_IDLE_MINUTES
        self.last_used = time.time()

    @property
    def expired(self) -> bool:
        return time.time() - self.last_used > self.idle_minutes * 60

    def expiration(self) -> str:
        when = datetime.datetime.fromtimestamp(self.last_used + self.idle_minutes * 60, datetime.UTC)
        return when.strftime("%Y-%m-%dT%H:%M:%S.") + f"{when.microsecond // 1000:03d}Z"

    def set_privileges(self, value=UNDEF) -> bool:
        names: list[str] = []
        roles: list[str] = []
        if type(value) is str:
            names = [n.strip() for n in value.split(",") if n.strip()]
        elif isinstance(value, Coll):
            names = [v for v in value if type(v) is str]
        elif isinstance(value, Obj):
            names = _names(dict.get(value, "privileges"))
            roles = _names(dict.get(value, "roles"))
            user = dict.get(value, "userName")
            if type(user) is str:
                self.user_name = user
        else:
            args.text(value, "Session.setPrivileges", 1)
        self.privileges |= self.sessions.allowed(names, roles)
        return True

    def clear_privileges(self) -> bool:
        self.privileges.clear()
        return True

    def get_privileges(self) -> Coll:
        return Coll(sorted(self.sessions.expand(self.privileges)))

    def has_privilege(self, name=UNDEF) -> bool:
        return args.text(name, "Session.hasPrivilege", 1) in self.sessions.expand(self.privileges)

    def create_otp(self, lifespan=UNDEF) -> str:
        seconds = self.idle_minutes * 60
        if lifespan is not UNDEF:
            seconds = max(args.number(lifespan, "Session.createOTP", 1), 10)
        token = new_id()
        self.sessions.tokens[token] = (self.id, time.time() + seconds)
        return token

    def restore(self, token=UNDEF) -> bool:
        from runtime.process import current

        found = self.sessions.redeem(args.text(token, "Session.restore", 1))
        if found is None:
            return False
        proc = current()
        if getattr(proc, "web_session", None) is self:
            proc.web_session = found
            context = getattr(proc, "web", None)
            if context is not None:
                context.cookies = [self.sessions.cookie(found, context.request.secure)]
        return True


def _names(value) -> list[str]:
    if type(value) is str:
        return [value]
    if isinstance(value, Coll):
        return [v for v in value if type(v) is str]
    return []


def _set_idle(s: WebSession, value) -> None:
    s.idle_minutes = max(int(args.number(value, "Session.idleTimeout", 1)), MIN_IDLE_MINUTES)


WebSession.props4d = {
    "id": lambda s: s.id,
    "storage": lambda s: s.storage,
    "userName": lambda s: s.user_name,
    "idleTimeout": lambda s: float(s.idle_minutes),
    "expirationDate": WebSession.expiration,
}
WebSession.setters4d = {"idleTimeout": _set_idle}
WebSession.funcs4d = {
    "setPrivileges": WebSession.set_privileges,
    "clearPrivileges": WebSession.clear_privileges,
    "getPrivileges": WebSession.get_privileges,
    "hasPrivilege": WebSession.has_privilege,
    "isGuest": lambda s: not s.privileges,
    "createOTP": WebSession.create_otp,
    "restore": WebSession.restore,
}
register_builtin("Session", WebSession)


class Sessions:
    """The web sessions of one run of the Web server."""

    def __init__(self, server) -> None:
        from stdlib_4d.net.web_server import _app_name

        self.name = "4DSID_" + _app_name()
        self.configure(server)
        self.by_id: OrderedDict[str, WebSession] = OrderedDict()
        self.tokens: dict[str, tuple[str, float]] = {}
        self.lock = threading.Lock()
        self.roles = _roles(server.project_root())
        _active["sessions"] = self

    def configure(self, server) -> None:
        """The cookie and validation settings (again when WEB SET OPTION changes them)."""
        self.path = server.setting("sessionCookiePath") or "/"
        self.domain = server.setting("sessionCookieDomain") or ""
        self.same_site = server.setting("sessionCookieSameSite") or "Strict"
        self.check_ip = bool(server.setting("sessionIPAddressValidation"))
        self.max = max(int(server.setting("maxSessions") or 100), 1)

    def clear(self) -> None:
        with self.lock:
            self.by_id.clear()
            self.tokens.clear()
        if _active["sessions"] is self:
            _active["sessions"] = None

    def attach(self, ctx) -> WebSession:
        """The session of a request (a new Guest one, with its cookie, when there is none)."""
        request = ctx.request
        wanted = ""
        for key, value in request.headers:
            if len(key) == 6 and key.lower() == "cookie":
                wanted = _cookie(value, self.name)
                break
        target = request.target
        token = None
        if "4DSID" in target and ("$4DSID" in target or "%244DSID" in target):
            token = next((v for k, v in request.query_pairs() if k == "$4DSID"), None)
        now = time.time()
        with self.lock:
            session = self.redeem(token, locked=True) if token else None
            if session is None and wanted:
                session = self.by_id.get(wanted)
                if session is not None:
                    expired = now - session.last_used > session.idle_minutes * 60
                    if expired or (self.check_ip and session.address != request.remote):
                        if expired:
                            del self.by_id[wanted]
                        session = None
            if session is None or session.id != wanted:
                if session is None:
                    session = WebSession(self, request.remote)
                    self.by_id[session.id] = session
                    while len(self.by_id) > self.max:
                        self.by_id.popitem(last=False)
                ctx.cookies.append(self.cookie(session, request.secure))
            session.last_used = now
            self.by_id.move_to_end(session.id)
        return session

    def redeem(self, token: str, locked: bool = False) -> WebSession | None:
        """The session an unused, unexpired OTP token designates (the token is used up)."""
        if not locked:
            with self.lock:
                return self.redeem(token, locked=True)
        entry = self.tokens.pop(token, None)
        if entry is None or entry[1] < time.time():
            return None
        session = self.by_id.get(entry[0])
        return session if session is not None and not session.expired else None

    def cookie(self, session: WebSession, secure: bool) -> tuple[str, str]:
        parts = [f"{self.name}={session.id}", f"Path={self.path}", "HttpOnly", f"SameSite={self.same_site}"]
        if self.domain:
            parts.append(f"Domain={self.domain}")
        if secure:
            parts.append("Secure")
        return ("Set-Cookie", "; ".join(parts))

    def allowed(self, names: list[str], roles: list[str]) -> set[str]:
        if self.roles is None:
            return set(names) | set(roles)
        privileges, role_map = self.roles
        out = {n for n in names if n in privileges}
        for role in roles:
            out |= set(role_map.get(role, ()))
        return out

    def expand(self, names: set[str]) -> set[str]:
        """Privileges with those they include (roles.json), transitively."""
        if self.roles is None:
            return set(names)
        privileges, _ = self.roles
        out, todo = set(), list(names)
        while todo:
            name = todo.pop()
            if name not in out:
                out.add(name)
                todo.extend(privileges.get(name, ()))
        return out


def _cookie(header: str, name: str) -> str:
    if name not in header:
        return ""
    for part in header.split(";"):
        key, _, value = part.strip().partition("=")
        if key == name:
            return value.strip()
    return ""


def _roles(root: str):
    """(privilege -> included privileges, role -> privileges) from roles.json, or None."""
    for rel in (("Project", "Sources"), ("Sources",), ()):
        path = os.path.join(root, *rel, "roles.json")
        if os.path.isfile(path):
            break
    else:
        return None
    try:
        with open(path, encoding="utf-8-sig") as fh:
            data = json.load(fh)
    except (OSError, ValueError):
        return None
    privileges = {p.get("privilege"): list(p.get("includes") or []) for p in data.get("privileges", [])
                  if isinstance(p, dict) and isinstance(p.get("privilege"), str)}
    roles = {r.get("role"): list(r.get("privileges") or []) for r in data.get("roles", [])
             if isinstance(r, dict) and isinstance(r.get("role"), str)}
    return privileges, roles


def current_session():
    """The web session of the request the current process answers (None outside one)."""
    from runtime.process import current

    return getattr(current(), "web_session", None)


def _install_session_command() -> None:
    """Give `Session` its meaning in web requests.

    The command belongs to the environment commands (stdlib_4d/system/storage.py,
    Null outside a Web request), which read SESSION_HOOK; until that module exists,
    a command of the same behaviour is registered here.
    """
    try:
        from stdlib_4d.system import storage
    except ImportError:
        from runtime.registry import COMMANDS, command, key

        if key("Session") not in COMMANDS:
            command("Session", returns="object")(current_session)
        return
    storage.SESSION_HOOK[0] = current_session


_install_session_command()
