"""WEB Get server info: the running Web server's state, as the command page lists it.

Stage: stdlib command over web_server.SERVER. run4d has no SOAP server (SOAPServerStarted is
False) and no page cache (the cache object, with True, says enabled False and holds nothing).
"""

from __future__ import annotations

import ssl
import time

from runtime.registry import command
from runtime.values import UNDEF, Coll, Obj
from stdlib_4d import args
from stdlib_4d.net import engine_http
from stdlib_4d.net.web_options import charset_name
from stdlib_4d.net.web_server import SERVER, _cors_settings


def _obj(**values) -> Obj:
    o = Obj()
    for k, v in values.items():
        dict.__setitem__(o, k, v)
    return o


@command("WEB Get server info", returns="object")
def web_get_server_info(with_cache=UNDEF):
    """WEB Get server info({withCache}): started, uptime, httpRequestCount, startMode, security and
    options of the Web server (the cache description too with True)."""
    w = SERVER
    running = w.running
    https = bool(w.setting("HTTPSEnabled"))
    info = _obj(
        started=running,
        uptime=float(int(time.monotonic() - w.started_at)) if running else 0.0,
        httpRequestCount=float(engine_http.REQUESTS[0] - w.requests_before) if running else 0.0,
        # "automatic" when the server starts with the application: run4d starts it at launch when
        # the project's settings ask for it or a WebSocket server needs it, not explicitly.
        startMode="manual" if w.explicit else "automatic",
        SOAPServerStarted=False,
        security=_obj(
            HTTPEnabled=bool(w.setting("HTTPEnabled")),
            HTTPSEnabled=https,
            HSTSEnabled=bool(w.setting("HSTSEnabled")),
            HSTSMaxAge=float(w.setting("HSTSMaxAge")),
            minTLSVersion="1.2",
            openSSLVersion=ssl.OPENSSL_VERSION,
            perfectForwardSecrecy=True,
            cipherSuite=":".join(c["name"] for c in ssl.create_default_context(ssl.Purpose.CLIENT_AUTH).get_ciphers()),
        ),
        options=_obj(
            CORSEnabled=bool(w.setting("CORSEnabled")),
            CORSSettings=_cors_settings(w) if w.setting("CORSSettings") else None,
            webCharacterSet=charset_name(w.setting("characterSet")),
            webHTTPCompressionLevel=float(w.setting("HTTPCompressionLevel")),
            webHTTPCompressionThreshold=float(w.setting("HTTPCompressionThreshold")),
            webHTTPSPortID=float(w.https_port if w.https_port else w.setting("HTTPSPort")),
            webIPAddressToListen=Coll([w.host()]),
            webInactiveProcessTimeout=float(w.setting("inactiveProcessTimeout")),
            webInactiveSessionTimeout=float(w.setting("inactiveSessionTimeout")),
            webMaxConcurrentProcesses=float(w.setting("maxConcurrentProcesses")),
            webPortID=float(w.port if w.port is not None else w.configured_port()),
        ),
    )
    if with_cache is not UNDEF and args.boolean(with_cache, "WEB Get server info", 1):
        dict.__setitem__(info, "cache", _obj(cacheUsage=0.0, numOfLoads=0.0, currentSize=0.0, maxSize=0.0,
                                             objectMaxSize=0.0, enabled=False, nbCachedObjects=0.0,
                                             cachedObjects=Coll()))
    return info
