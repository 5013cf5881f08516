"""The HTTP Client commands: HTTP Get, HTTP Request, HTTP SET/GET OPTION, HTTP AUTHENTICATE.

Stage: stdlib, 4D commands (the I/O is http_io.py's). The request runs on
the event loop while the calling process waits for it, as 4D's commands
block. Options and credentials are per process. The response goes into
the variable passed as `response`, converted for its type (Text, Blob,
Picture or Object), and the header arrays, when given, send the request's
headers and receive the response's. A network failure is an error (ON ERR
CALL, Try) and the status is then 0.
"""

from __future__ import annotations

import threading
import weakref

from runtime.codes import err, type_name
from runtime.native import Native
from runtime.process import current
from runtime.registry import command
from runtime.support import out_target
from runtime.values import STAR, UNDEF, Obj, Picture, Pointer
from stdlib_4d import args
from stdlib_4d.blob import Blob4D
from stdlib_4d.net import http_body, http_certificates, http_wire
from stdlib_4d.net.http_request import FAILURES

TIMEOUT, FOLLOW, MAX_REDIRECT, AUTH_DIALOG, RESET_AUTH, COMPRESSION, CLIENT_LOG = range(1, 8)
DEFAULTS = {TIMEOUT: 120, FOLLOW: 1, MAX_REDIRECT: 2, AUTH_DIALOG: 0, RESET_AUTH: 0, COMPRESSION: 0, CLIENT_LOG: 0}
GRACE = 5.0  # seconds beyond the HTTP timeout before the waiting process gives up on the loop


class _State:
    """One process's HTTP client settings."""

    def __init__(self) -> None:
        self.options = dict(DEFAULTS)
        self.credentials: http_wire.Credentials | None = None
        self.proxy_credentials: http_wire.Credentials | None = None


_states: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
_agents: dict = {}


def _state() -> _State:
    proc = current()
    state = _states.get(proc)
    if state is None:
        state = _states[proc] = _State()
    return state


def _agent(keep_alive: bool):
    """Connections are kept between commands only when `*` asks for it."""
    from stdlib_4d.net import http_io

    agent = _agents.get(keep_alive)
    if agent is None:
        agent = _agents[keep_alive] = http_io.Agent(keep_alive=keep_alive)
    return agent


class _Collector:
    """Sink of one blocking request: the final response, or why it failed."""

    def __init__(self) -> None:
        self.done = threading.Event()
        self.status = 0
        self.headers: list[tuple[str, str]] = []
        self.body = b""
        self.failure: tuple[str, str] | None = None

    def http_response(self, status, reason, headers, version) -> None:
        self.status, self.headers = status, headers

    def http_chunk(self, data) -> None:
        pass

    def http_done(self, body) -> None:
        self.body = body or b""
        self.done.set()

    def http_failed(self, kind, detail) -> None:
        self.failure = (kind, detail)
        self.done.set()


def _run(cmd: str, method: str, url, body, response, rest: tuple) -> float:
    from stdlib_4d.net import http_io

    keep_alive = bool(rest) and rest[-1] is STAR
    if keep_alive:
        rest = rest[:-1]
    if len(rest) not in (0, 2):
        raise err("param_count", callee=cmd, detail="pass both headerNames and headerValues, or neither")
    state = _state()
    try:
        target = http_wire.parse_url(args.text(url, cmd, 1 if method is None else 2), "http")
    except http_wire.BadURL as e:
        raise err("http_url", detail=str(e)) from None
    headers = _read_header_arrays(rest, cmd) if rest else []
    names = {n.lower() for n, _ in headers}
    data, default_type = http_body.request_body(body, "UTF-8", cmd) if method is not None else (None, None)
    if default_type and "content-type" not in names:
        headers.append(("Content-Type", default_type))
    if state.options[COMPRESSION] and "accept-encoding" not in names:
        headers.append(("Accept-Encoding", "gzip, deflate"))
    if not keep_alive and "connection" not in names:
        headers.append(("Connection", "close"))
    timeout = float(state.options[TIMEOUT]) if state.options[TIMEOUT] > 0 else None
    redirects = state.options[MAX_REDIRECT] if state.options[FOLLOW] else 0
    sink = _Collector()
    # The commands do not check the authority; they present the client certificate of the
    # certificates folder (HTTP SET CERTIFICATES FOLDER) when it holds one.
    tls = http_io.TLS(validate=False, cert_folder=http_certificates.folder())
    exchange = http_io.Exchange((method or "GET").upper(), target, headers, data, timeout=timeout,
                                max_redirects=max(redirects, 0), credentials=state.credentials, tls=tls)
    future = http_io.start(exchange, _agent(keep_alive), sink)
    if state.options[RESET_AUTH]:
        state.credentials = None
    if not sink.done.wait(None if timeout is None else timeout + GRACE):
        future.cancel()
        sink.failure = ("timeout", f"no answer from {target.authority} within {timeout:g} second(s)")
    if sink.failure is not None:
        kind, detail = sink.failure
        raise err(FAILURES.get(kind, "net_protocol"), detail=detail)
    _store_response(response, sink, cmd)
    if rest:
        _write_header_arrays(rest, sink.headers, cmd)
    return float(sink.status)


@command("HTTP Get", returns="real", outputs=(2, 3, 4))
def http_get(url, response, *rest):
    """HTTP Get(url; response {; headerNames; headerValues}{; *}): the status; the body in response."""
    return _run("HTTP Get", None, url, UNDEF, response, rest)


@command("HTTP Request", returns="real", outputs=(4, 5, 6))
def http_request(method, url, contents, response, *rest):
    """HTTP Request(method; url; contents; response {; headerNames; headerValues}{; *}): the status."""
    verb = args.text(method, "HTTP Request", 1).strip()
    if not verb:
        raise err("bad_value", detail="HTTP Request: the HTTP method is empty")
    return _run("HTTP Request", verb, url, contents, response, rest)


@command("HTTP SET OPTION")
def http_set_option(option, value):
    """HTTP SET OPTION(option; value): an option for the next requests of this process."""
    code = args.integer(option, "HTTP SET OPTION", 1)
    if code not in DEFAULTS:
        raise err("bad_value", detail=f"HTTP SET OPTION: unknown option {code}")
    _state().options[code] = args.integer(value, "HTTP SET OPTION", 2)


@command("HTTP GET OPTION", outputs=(2,))
def http_get_option(option, value):
    """HTTP GET OPTION(option; value): the current value of an option, in value."""
    code = args.integer(option, "HTTP GET OPTION", 1)
    if code not in DEFAULTS:
        raise err("bad_value", detail=f"HTTP GET OPTION: unknown option {code}")
    _write(value, float(_state().options[code]), "HTTP GET OPTION", 2)


@command("HTTP AUTHENTICATE")
def http_authenticate(name, password, *rest):
    """HTTP AUTHENTICATE(name; password {; authMethod}{; *}): credentials for the next requests."""
    cmd = "HTTP AUTHENTICATE"
    proxy = bool(rest) and rest[-1] is STAR
    if proxy:
        rest = rest[:-1]
    if len(rest) > 1:
        raise err("param_count", callee=cmd, detail="too many parameters")
    code = args.integer(rest[0], cmd, 3) if rest else 0
    methods = {0: "auto", 1: "basic", 2: "digest"}
    if code not in methods:
        raise err("bad_value", detail=f"{cmd}: the method must be 0, 1 (HTTP basic) or 2 (HTTP digest), not {code}")
    creds = http_wire.Credentials(args.text(name, cmd, 1), args.text(password, cmd, 2), methods[code])
    state = _state()
    if proxy:
        state.proxy_credentials = creds  # kept, though run4d does not go through proxies (docs/limits.md)
    else:
        state.credentials = creds


# ---------------------------------------------------------------- parameters


def _write(target, value, cmd: str, index: int) -> None:
    target = out_target(target)
    if type(target) is not Pointer:
        raise err("bad_param_type", index=index, callee=cmd, detail="a variable is expected")
    target.set(value)


def _store_response(response, sink: _Collector, cmd: str) -> None:
    """The body into the response variable, converted for the type it holds."""
    target = out_target(response)
    if type(target) is not Pointer:
        if isinstance(target, bytearray):
            target[:] = _decoded(sink)
            return
        raise err("bad_param_type", index=2, callee=cmd, detail="the response must be a variable")
    held = target.get()
    data = _decoded(sink)
    content_type = http_body.header(sink.headers, "content-type")
    mime, charset = http_body.media_type(content_type)
    if isinstance(held, (bytes, bytearray)):
        target.set(bytearray(data))
    elif isinstance(held, Picture):
        target.set(Picture(data))
    elif held is None or isinstance(held, (Obj, Native)):
        textual = http_body.auto_type(mime) in ("text", "object")
        if not data:
            target.set(None)
        else:
            target.set(http_body.body_value(data, content_type, "object") if textual else Blob4D(data))
    elif isinstance(held, str) or held is UNDEF:
        target.set(http_body.decode_text(data, charset or _declared_charset(data)))
    else:
        raise err("bad_param_type", index=2, callee=cmd,
                  detail=f"the response must be Text, Blob, Picture or Object, not {type_name(held)}")


def _decoded(sink: _Collector) -> bytes:
    try:
        return http_body.Decoder(http_body.header(sink.headers, "content-encoding")).whole(sink.body)
    except Exception:
        return sink.body


def _declared_charset(data: bytes) -> str | None:
    """The charset an HTML meta or an XML declaration names (HTTP Get's documented fallbacks)."""
    import re

    head = data[:2048].decode("latin-1")
    m = re.search(r"""<meta[^>]+charset\s*=\s*["']?([\w.:-]+)""", head, re.IGNORECASE) or \
        re.search(r"""<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)""", head, re.IGNORECASE)
    return m.group(1) if m else None


def _array(value, cmd: str, index: int):
    target = out_target(value)
    held = target.get() if type(target) is Pointer else target
    if not hasattr(held, "items") or not isinstance(getattr(held, "items", None), list):
        raise err("bad_param_type", index=index, callee=cmd, detail=f"a Text array is expected, not {type_name(held)}")
    return held


def _read_header_arrays(rest: tuple, cmd: str) -> list[tuple[str, str]]:
    names = _array(rest[0], cmd, 3)
    values = _array(rest[1], cmd, 4)
    out = []
    for name, value in zip(names.items[1:], values.items[1:]):
        if type(name) is str and name:
            out.append((name, value if type(value) is str else str(value)))
    return out


def _write_header_arrays(rest: tuple, headers: list[tuple[str, str]], cmd: str) -> None:
    for value, index, part in ((rest[0], 3, 0), (rest[1], 4, 1)):
        array = _array(value, cmd, index)
        array.items[1:] = [pair[part] for pair in headers]
        if hasattr(array, "current"):
            array.current = 0
