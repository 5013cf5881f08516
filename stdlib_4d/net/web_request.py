"""One request answered by 4D code: its context, the call, and the response built from it.

Stage: stdlib (runs in a web process, web_pool.py). While 4D code answers,
`current().web` is the WebContext the WEB commands read and write, and
`current().web_session` the 4D.Session of the request (web_session.py).
A request handler's result becomes the response (a 4D.OutgoingMessage, or
else Text, Blob, Object or Collection); for /4DACTION and On Web Connection,
what WEB SEND TEXT/BLOB/FILE/HTTP REDIRECT and WEB SET HTTP HEADER left. An
error the 4D code does not handle gives 500 and is reported on stderr.
"""

from __future__ import annotations

import base64
from urllib.parse import quote

from runtime import hooks, scheduler
from runtime.errors import AbortSignal, Error4D
from runtime.process import Process
from stdlib_4d.net.http_messages import Request, Response, text_response
from stdlib_4d.net.incoming_message import IncomingMessage
from stdlib_4d.net.outgoing_message import OutgoingMessage, response_for

HEADER_PARAM_LIMIT = 32 * 1024  # On Web Connection's $header: head and body, truncated (4D's 32 KB)


class WebContext:
    """What the WEB commands of one request read and write.

    Most requests set none of it: what stays None is the class's, not set per request.
    """

    status: int | None = None
    reason = ""
    body: bytes | None = None
    content_type: str | None = None
    redirect: str | None = None
    file: str | None = None
    raw: Response | None = None  # WEB SEND RAW DATA without *
    stream = None  # http_messages.StreamBody once WEB SEND RAW DATA(...; *) started the answer
    _form: tuple[list, list] | None = None
    _parts: list | None = None

    def __init__(self, request: Request, app, reply=None) -> None:
        self.request = request
        self.app = app
        self.reply = reply  # how the answer reaches the engine
        self.headers: list[tuple[str, str]] = []
        self.cookies: list[tuple[str, str]] = []  # set by the session layer

    def response(self) -> Response:
        """The response the WEB commands built (200 with an empty body when nothing was sent)."""
        if self.raw is not None:
            return self._finish(self.raw)
        if self.redirect is not None:
            headers = [("Location", self.redirect), *self._user_headers()]
            return self._finish(Response(self.status if self.status in (301, 303, 307, 308) else 302, headers))
        response = Response(self.status or 200, self._user_headers(), self.body or b"")
        if self.content_type and not response.header("Content-Type"):
            response.headers.insert(0, ("Content-Type", self.content_type))
        if self.file is not None:
            from stdlib_4d.net import static_files

            served = static_files.serve(self.file, self.request)
            served.headers += self._user_headers()
            return self._finish(served)
        if not response.header("Content-Type"):
            response.headers.insert(0, ("Content-Type", "text/html; charset=utf-8"))
        return self._finish(response)

    def _user_headers(self) -> list[tuple[str, str]]:
        return [(k, v) for k, v in self.headers if k.upper() not in ("X-STATUS", "X-VERSION")]

    def _finish(self, response: Response) -> Response:
        response.headers += self.cookies
        return response


def run_request(proc: Process, request: Request, reply, app, route: tuple) -> None:
    """Answer `request` in web process `proc` (the current thread) and reply."""
    ctx = WebContext(request, app, reply)
    sessions = app.sessions
    proc.web, proc.web_session = ctx, sessions.attach(ctx) if sessions is not None else None
    # running_code makes a wait inside the request (DELAY PROCESS...) a nested one. The
    # table's counters are left alone: the server keeps the program alive anyway, and
    # their notifications would cost more than a short request.
    proc.running_code += 1
    try:
        if route[0] == "handler":
            response = _handler(ctx, route[1])
        else:
            response = _run(ctx, route)
    except (Error4D, AbortSignal) as e:
        error = e if isinstance(e, Error4D) else e.error
        if error is not None:
            scheduler.TABLE.report(e, proc)
        response = _failure(ctx, error)
    except Exception as e:  # an internal error: the client still gets an answer
        scheduler.TABLE.report(e, proc)
        response = _failure(ctx, None)
    finally:
        proc.running_code -= 1
        proc.web = proc.web_session = None
    if ctx.stream is not None:
        ctx.stream.push(None)  # the answer went out as WEB SEND RAW DATA(...; *) sent it: end it
        return
    extra = request.cors_headers
    if extra:
        response.headers += extra
    reply(response)


def _run(ctx: WebContext, route: tuple) -> Response:
    if route[0] == "action":
        hooks.call_method(route[1], (route[2],))
        return ctx.response()
    if route[0] == "template":
        return _template(ctx, route[1])
    hooks.call_method("On Web Connection", connection_params(ctx.request))
    return ctx.response()


def _template(ctx: WebContext, path: str) -> Response:
    """A .shtm/.shtml/.xml/.xsl page called by URL: its tags processed ($ forms too)."""
    from stdlib_4d.net import static_files, web_templates

    page = web_templates.process_file(path, ctx.app.root, dollar=True)
    if page is None:
        return ctx._finish(static_files.serve(path, ctx.request))
    if ctx.body is None and ctx.file is None and ctx.redirect is None and ctx.raw is None:
        ctx.body, ctx.content_type = page, static_files.content_type(path)
    return ctx.response()


def _handler(ctx: WebContext, handler) -> Response:
    resolved = handler.resolved  # (class, function) once found: classes do not change during a run
    if resolved is None:
        cls = hooks.user_class(handler.cls)
        if cls is None or not cls.is_singleton or not cls.is_shared:
            return ctx._finish(text_response(500, "Cannot find singleton\n"))
        found = cls.lookup(handler.method)
        if found is None or found[0] != "function":
            return ctx._finish(text_response(500, "Cannot find singleton function\n"))
        resolved = handler.resolved = (cls, found[1].py)
    cls, function = resolved
    this = cls.shared_instance  # (a shared singleton: made once, then the same for every process)
    result = function(this if this is not None else cls.me(), IncomingMessage(ctx.request))
    if type(result) is OutgoingMessage:
        response = result.response()
    elif isinstance(result, OutgoingMessage) or (ctx.body is None and ctx.redirect is None and ctx.file is None
                                                 and ctx.raw is None and ctx.stream is None):
        response = response_for(result)
    else:
        return ctx.response()
    cookies = ctx.cookies
    if cookies:
        response.headers += cookies
    return response


def _failure(ctx: WebContext, error: Error4D | None) -> Response:
    text = "Internal Server Error\n" if error is None else f"Internal Server Error: {error.message}\n"
    return ctx._finish(text_response(500, text))


def connection_params(request: Request) -> tuple:
    """On Web Connection's $url, $header, $BrowserIP, $ServerIP, $user, $password."""
    head = f"{request.method} {request.target} HTTP/{request.version}\r\n"
    head += "".join(f"{k}: {v}\r\n" for k, v in request.headers) + "\r\n"
    raw = head.encode("latin-1", "replace") + request.body
    header = raw[:HEADER_PARAM_LIMIT].decode("utf-8", "replace")
    user, password = basic_credentials(request)
    return (request.target, header, hybrid_ip(request.remote), hybrid_ip(request.local), user, password)


def basic_credentials(request: Request) -> tuple[str, str]:
    auth = request.header("Authorization")
    if auth[:6].lower() != "basic ":
        return "", ""
    try:
        user, _, password = base64.b64decode(auth[6:].strip()).decode("utf-8").partition(":")
    except (ValueError, UnicodeDecodeError):
        return "", ""
    return user, password


def hybrid_ip(address: str) -> str:
    """4D gives IPv4 addresses in the IPv4-mapped IPv6 form (::ffff:192.168.2.34)."""
    return f"::ffff:{address}" if address and ":" not in address else address


def encode_url(url: str) -> str:
    """WEB SEND HTTP REDIRECT without *: special characters are encoded."""
    return quote(url, safe="/:?&=#%@+,;~!$'()*[]")
