"""4D.TCPEvent and 4D.UDPEvent: what TCP and UDP callbacks receive in $event.

Stage: stdlib, built-in classes (immutable, made by run4d only; 4D code
cannot create them).
"""

from __future__ import annotations

from runtime.classes import register_builtin
from runtime.native import Native
from runtime.values import UNDEF


class TCPEvent(Native):
    """type ("connection", "data", "close", "error", "terminate"), data (Blob), address and port of the peer."""

    __slots__ = ("type", "data", "address", "port")
    class_path = "4D.TCPEvent"

    def __init__(self, kind: str, data=UNDEF, address=UNDEF, port=UNDEF) -> None:
        self.type = kind
        self.data = data
        self.address = address
        self.port = float(port) if type(port) is int else port

    def keys4d(self) -> list[str]:
        return [k for k in self.props4d if self.get4d(k) is not UNDEF]


class UDPEvent(TCPEvent):
    """type ("data", "error", "terminate"), data (Blob), address and port of the sender."""

    __slots__ = ()
    class_path = "4D.UDPEvent"


_PROPS = {"type": lambda e: e.type, "data": lambda e: e.data, "address": lambda e: e.address,
          "port": lambda e: e.port}
TCPEvent.props4d = _PROPS
UDPEvent.props4d = _PROPS
register_builtin("TCPEvent", TCPEvent)
register_builtin("UDPEvent", UDPEvent)
