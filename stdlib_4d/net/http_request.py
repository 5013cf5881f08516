"""4D.HTTPRequest: an asynchronous HTTP request and its callbacks.

Stage: stdlib, built-in class (the I/O is http_io.py's, on the event loop).
`new(url; options)` sends at once and returns; what the server answers
arrives as events in the creating process, in the documented order:
onHeaders once, onData for each piece of the body (when there is an
onData), then onResponse, or onError on failure, and onTerminate always,
last. The object's properties change as the callbacks see them: `response`
before onHeaders, its `body` before onResponse, `terminated` after
onTerminate. `.wait()` serves the mailbox until then. A request in flight
keeps the program running.
"""

from __future__ import annotations

import threading

from runtime.access import get
from runtime.classes import register_builtin
from runtime.codes import err, item, type_name
from runtime.errors import Error4D
from runtime.native import Native
from runtime.values import UNDEF, Coll, Obj
from stdlib_4d import args
from stdlib_4d.net import http_body, http_certificates, http_wire, ws_events
from stdlib_4d.net.lifeline import Lifeline

CALLBACKS = ("onHeaders", "onData", "onResponse", "onError", "onTerminate")
TLS_VERSIONS = ("TLSv1_0", "TLSv1_1", "TLSv1_2", "TLSv1_3")
FAILURES = {"connect": "net_connect", "resolve": "net_resolve", "timeout": "net_timeout", "tls": "net_tls",
            "protocol": "net_protocol", "closed": "net_closed"}
WHO = "4D.HTTPRequest.new"


def option(options, name: str):
    """options.name (a plain object or a class instance: getters and functions count)."""
    if options is UNDEF or options is None:
        return UNDEF
    return get(options, name)


def folder_path(value, who: str) -> str | None:
    """A Folder object (its platform path) or a path text; undefined: None."""
    if value is UNDEF or value is None:
        return None
    if type(value) is str:
        return value
    if isinstance(value, Native):
        for prop in ("platformPath", "path"):
            path = value.get4d(prop)
            if type(path) is str and path:
                return path
    raise err("bad_value", detail=f"{who}: certificatesFolder must be a 4D.Folder, not {type_name(value)}")


def failure_errors(kind: str, detail: str) -> Coll:
    return ws_events.errors_collection([item(FAILURES.get(kind, "net_protocol"), detail=detail)])


class HTTPRequest(Native):
    """One request, from new() to onTerminate."""

    class_path = "4D.HTTPRequest"
    enumerable = True

    def __init__(self, url: str, options) -> None:
        from stdlib_4d.net import http_agent

        self.url = url
        self.options = options if isinstance(options, Obj) else Obj()
        o = self.options
        agent = option(o, "agent")
        if agent is UNDEF or agent is None:
            agent = http_agent.global_agent()
        elif not isinstance(agent, http_agent.HTTPAgent):
            raise err("bad_value", detail=f"{WHO}: agent must be a 4D.HTTPAgent, not {type_name(agent)}")
        self.agent = agent
        merged = agent.merged(o)
        self.method = _text_opt(o, "method", "GET").upper()
        self.headers = option(o, "headers")
        if self.headers is UNDEF or self.headers is None:
            self.headers = Obj()
        self.encoding = _text_opt(o, "encoding", "UTF-8")
        self.data_type = _text_opt(o, "dataType", "auto")
        if self.data_type not in http_body.DATA_TYPES:
            raise err("bad_value", detail=f"{WHO}: dataType must be \"text\", \"blob\", \"object\" or \"auto\", "
                                          f"not \"{self.data_type}\"")
        timeout = option(o, "timeout")
        self.timeout = UNDEF if timeout is UNDEF or timeout is None else float(args.number(timeout, WHO, 2))
        self.redirects = _bool_opt(o, "automaticRedirections", True)
        self.return_body = _bool_opt(o, "returnResponseBody", True)
        self.decode_data = _bool_opt(o, "decodeData", False)
        self.protocol = _text_opt(merged, "protocol", "auto")
        if self.protocol.lower() not in ("auto", "http1"):
            raise err("bad_value", detail=f"{WHO}: protocol must be \"auto\" or \"HTTP1\" "
                                          f"(run4d speaks HTTP/1.1 only), not \"{self.protocol}\"")
        self.callbacks = {name: ws_events.callback(o, name) for name in CALLBACKS}
        if not self.return_body and self.callbacks["onData"] is None:
            raise err("bad_value", detail=f"{WHO}: returnResponseBody is False but there is no onData callback")
        self.tls = _tls(merged)
        self.credentials = _credentials(option(o, "serverAuthentication"))
        body, default_type = http_body.request_body(option(o, "body"), self.encoding, WHO)
        self.body = body
        self.header_list = http_body.header_pairs(self.headers, WHO)
        names = {n.lower() for n, _ in self.header_list}
        if default_type and "content-type" not in names:
            self.header_list.append(("Content-Type", default_type))
        if "accept-encoding" not in names:
            self.header_list.append(("Accept-Encoding", "gzip, deflate"))
        if "accept" not in names:
            self.header_list.append(("Accept", "*/*"))
        try:
            self.target = http_wire.parse_url(url, "https")
        except http_wire.BadURL as e:
            raise err("http_url", detail=str(e)) from None
        self.response = UNDEF
        self.errors = Coll()
        self.terminated = False
        self._over = False  # the engine reported the end, or terminate() was called (first one wins)
        self._lock = threading.Lock()
        self._future = None
        self._decoder = None
        self._pending_headers = None
        self.lifeline = Lifeline(self)

    # -------------------------------------------------------------- 4D side

    def send(self) -> None:
        from stdlib_4d.net import http_io

        exchange = http_io.Exchange(
            self.method, self.target, self.header_list, self.body,
            timeout=None if self.timeout is UNDEF else max(self.timeout, 0.001),
            max_redirects=5 if self.redirects else 0, credentials=self.credentials, tls=self.tls,
            stream=self.callbacks["onData"] is not None, keep_body=self.return_body)
        self.lifeline.hold()
        self._future = http_io.start(exchange, self.agent.pool, self)

    def wait(self, timeout=UNDEF):
        seconds = None if timeout is UNDEF else max(float(args.number(timeout, "HTTPRequest.wait", 1)), 0.0)
        self.lifeline.wait(lambda: self.terminated, seconds)
        return self

    def terminate(self) -> None:
        if not self._finish():
            return
        if self._future is not None:
            self._future.cancel()
        self.lifeline.post(self._terminated)

    def stop_for_shutdown(self) -> None:
        self.terminate()

    def _finish(self) -> bool:
        with self._lock:
            if self._over:
                return False
            self._over = True
            return True

    # -------------------------------------------------------------- engine side (event loop thread)

    def http_response(self, status: int, reason: str, raw: list[tuple[str, str]], version: str) -> None:
        if self._over:
            return

        def headers() -> None:
            lower, original = http_body.headers_objects(raw)
            response = Obj()
            for key, value in (("status", float(status)), ("statusText", reason), ("headers", lower),
                               ("rawHeaders", original)):
                dict.__setitem__(response, key, value)
            self.response = response
            self._raw_headers = raw
            self._decoder = http_body.Decoder(http_body.header(raw, "content-encoding"))
            self._run("onHeaders", ws_events.event("headers"))

        if self.callbacks["onData"] is None:
            self._pending_headers = headers  # posted with the end: one wake-up of the owner, not two
        else:
            self.lifeline.post(headers)

    def http_chunk(self, data: bytes) -> None:
        if self._over:
            return

        def chunk() -> None:
            if self.terminated:
                return
            piece = data
            if self.decode_data:
                try:
                    piece = self._decoder.feed(data)
                except Exception:
                    piece = data  # not what the header said: give the bytes as they came
            from stdlib_4d.blob import Blob4D

            self._run("onData", ws_events.event("data", data=Blob4D(piece)))

        self.lifeline.post(chunk)

    def http_done(self, body: bytes | None) -> None:
        if not self._finish():
            return

        headers = self._take_pending_headers()

        def done() -> None:
            if headers is not None:
                headers()
            if body is not None and isinstance(self.response, Obj):
                dict.__setitem__(self.response, "body", self._body_value(body))
            self._run("onResponse", ws_events.event("response"))
            self._terminated()

        self.lifeline.post(done)

    def http_failed(self, kind: str, detail: str) -> None:
        if not self._finish():
            return

        headers = self._take_pending_headers()

        def failed() -> None:
            if headers is not None:
                headers()
            self.errors = failure_errors(kind, detail)
            self._run("onError", ws_events.event("error"))
            self._terminated()

        self.lifeline.post(failed)

    def _take_pending_headers(self):
        headers, self._pending_headers = self._pending_headers, None
        return headers

    # -------------------------------------------------------------- in the owner process

    def _body_value(self, body: bytes):
        content_type = http_body.header(self._raw_headers, "content-type")
        try:
            data = http_body.Decoder(http_body.header(self._raw_headers, "content-encoding")).whole(body)
        except Exception:
            data = body  # a body that is not what Content-Encoding says is kept as received
        return http_body.body_value(data, content_type, self.data_type)

    def _run(self, name: str, ev: Obj) -> None:
        if self.callbacks[name] is None:
            return
        ws_events.run_callback(self.options, name, self, ev, "HTTPRequest", on_failure=_ignore)

    def _terminated(self) -> None:
        if self.terminated:
            return
        try:
            self._run("onTerminate", ws_events.event("terminate"))
        finally:
            self.terminated = True
            self.lifeline.release()


def _ignore(error: Error4D) -> None:
    """A failing callback is reported on stderr (ws_events.run_callback); the request goes on."""


def _text_opt(o, name: str, default: str) -> str:
    value = option(o, name)
    if value is UNDEF or value is None:
        return default
    return args.text(value, WHO, 2)


def _bool_opt(o, name: str, default: bool) -> bool:
    value = option(o, name)
    if value is UNDEF or value is None:
        return default
    return args.boolean(value, WHO, 2)


def _tls(o):
    from stdlib_4d.net.http_io import TLS

    version = option(o, "minTLSVersion")
    if version is not UNDEF and version not in TLS_VERSIONS:
        raise err("bad_value", detail=f"{WHO}: minTLSVersion must be one of {', '.join(TLS_VERSIONS)}")
    store = option(o, "storeCertificateName")
    if store is not UNDEF and store is not None:
        raise err("bad_value", detail=f"{WHO}: storeCertificateName needs the Windows or macOS certificate "
                                      "store; use certificatesFolder")
    return TLS(validate=_bool_opt(o, "validateTLSCertificate", True),
               min_version=None if version is UNDEF else version,
               cert_folder=folder_path(option(o, "certificatesFolder"), WHO) or http_certificates.folder())


def _credentials(auth):
    if auth is UNDEF or auth is None:
        return None
    if not isinstance(auth, Obj):
        raise err("bad_value", detail=f"{WHO}: serverAuthentication must be an object")
    method = _text_opt(auth, "method", "auto").lower()
    if method not in ("basic", "digest", "auto"):
        raise err("bad_value", detail=f"{WHO}: the authentication method must be basic, digest or auto")
    return http_wire.Credentials(_text_opt(auth, "name", ""), _text_opt(auth, "password", ""), method)


def _new(url=UNDEF, options=UNDEF):
    text = args.text(url, WHO, 1)
    if options is not UNDEF and options is not None and not isinstance(options, Obj):
        raise err("bad_param_type", index=2, callee=WHO, detail=f"Object expected, got {type_name(options)}")
    request = HTTPRequest(text, options)
    request.send()
    return request


HTTPRequest.props4d = {
    "agent": lambda r: r.agent,
    "dataType": lambda r: r.data_type,
    "encoding": lambda r: r.encoding,
    "errors": lambda r: r.errors,
    "headers": lambda r: r.headers,
    "method": lambda r: r.method,
    "protocol": lambda r: "HTTP1" if r.protocol.lower() == "auto" else r.protocol,
    "response": lambda r: r.response,
    "returnResponseBody": lambda r: r.return_body,
    "terminated": lambda r: r.terminated,
    "timeout": lambda r: r.timeout,
    "url": lambda r: r.url,
}
HTTPRequest.funcs4d = {"wait": HTTPRequest.wait, "terminate": HTTPRequest.terminate}
register_builtin("HTTPRequest", HTTPRequest, new=_new)
