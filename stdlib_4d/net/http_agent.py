"""4D.HTTPAgent: connection reuse (keep-alive) and defaults shared by HTTP requests.

Stage: stdlib, built-in class; its pool of connections lives in http_io.py
on the event loop. An agent is shareable: one agent can serve requests of
every process. Requests without an agent use the global agent (keep-alive
on, no socket limit to speak of).
"""

from __future__ import annotations

from runtime import lifecycle
from runtime.classes import register_builtin
from runtime.codes import err, type_name
from runtime.native import Native
from runtime.values import UNDEF, Obj
from stdlib_4d import args

WHO = "4D.HTTPAgent.new"
# Options an agent gives its requests unless the request sets them (HTTPAgentClass.md).
REQUEST_DEFAULTS = ("certificatesFolder", "minTLSVersion", "protocol", "validateTLSCertificate",
                    "storeCertificateName")
KNOWN = REQUEST_DEFAULTS + ("keepAlive", "maxSockets", "maxTotalSockets", "timeout")


class HTTPAgent(Native):
    class_path = "4D.HTTPAgent"
    shared4d = True

    def __init__(self, options: Obj) -> None:
        from stdlib_4d.net import http_io

        self.params = Obj()
        for key in KNOWN:
            value = dict.get(options, key, UNDEF)
            if value is not UNDEF:
                dict.__setitem__(self.params, key, value)
        keep_alive = _get(self.params, "keepAlive", True, args.boolean)
        max_sockets = _get(self.params, "maxSockets", 65535, args.integer)
        max_total = _get(self.params, "maxTotalSockets", 65535, args.integer)
        if max_sockets < 1 or max_total < 1:
            raise err("bad_value", detail=f"{WHO}: maxSockets and maxTotalSockets must be 1 or more")
        timeout = _get(self.params, "timeout", None, args.number)
        for key, value in (("keepAlive", keep_alive), ("maxSockets", float(max_sockets)),
                           ("maxTotalSockets", float(max_total))):
            dict.__setitem__(self.params, key, value)
        self.pool = http_io.Agent(keep_alive, max_sockets, max_total, float(timeout) if timeout else None)

    def merged(self, request_options) -> Obj:
        """The request's options over the agent's defaults (the request's win)."""
        from stdlib_4d.net.http_request import option

        out = Obj()
        for key in REQUEST_DEFAULTS:
            value = option(request_options, key)
            if value is UNDEF:
                value = dict.get(self.params, key, UNDEF)
            if value is not UNDEF:
                dict.__setitem__(out, key, value)
        return out


def _get(params: Obj, key: str, default, convert):
    value = dict.get(params, key, UNDEF)
    if value is UNDEF or value is None:
        return default
    return convert(value, WHO, 1)


_global: dict = {}


def global_agent() -> HTTPAgent:
    agent = _global.get("agent")
    if agent is None:
        agent = _global["agent"] = HTTPAgent(Obj())
    return agent


def _forget_global() -> None:
    agent = _global.pop("agent", None)
    if agent is not None:
        from runtime import eventloop

        if eventloop.started():
            eventloop.call_soon(agent.pool.close_idle)


lifecycle.on_reset(_forget_global)


def _new(options=UNDEF) -> HTTPAgent:
    if options is UNDEF or options is None:
        options = Obj()
    elif not isinstance(options, Obj):
        raise err("bad_param_type", index=1, callee=WHO, detail=f"Object expected, got {type_name(options)}")
    return HTTPAgent(options)


HTTPAgent.props4d = {
    "params": lambda a: a.params,
    "requestsCount": lambda a: float(a.pool.active),
    "freeSocketsCount": lambda a: float(a.pool.free),
}
register_builtin("HTTPAgent", HTTPAgent, new=_new)
