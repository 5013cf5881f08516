"""WebSocket connections: websockets' sans-I/O protocol driven by an asyncio Protocol.

Stage: engine (asyncio and websockets live only in the engine modules). A
WSConnection owns one socket once the opening handshake is done, on either
side: bytes go to websockets' Protocol, whole messages go to the Channel's
sink as they arrive (no task, no queue per connection), and what the
protocol wants written (pongs, close frames) is written at once. The Channel
collects sends from 4D threads and writes them in one pass per wake-up of
the loop. Limits (message size, send backlog, pings, close timeout) come
from engine.limits().
"""

from __future__ import annotations

import asyncio
import os
import threading
from collections import deque
from typing import Any, Protocol

from websockets.frames import Opcode
from websockets.protocol import CLOSED, OPEN
from websockets.protocol import Protocol as WSProtocol

from runtime import eventloop

_TEXT, _BINARY, _CONT, _PONG = Opcode.TEXT, Opcode.BINARY, Opcode.CONT, Opcode.PONG
BACKLOG_CODE = 1008  # policy violation: the peer does not read what it is sent
BACKLOG_REASON = "send buffer full: the peer does not read"
FLUSH_SLICE = 256 * 1024  # payload bytes written between two checks of the send buffer


class Sink(Protocol):
    def net_message(self, data: str | bytes) -> None: ...
    def net_closed(self, code: int, reason: str, clean: bool) -> None: ...  # then Channel.take_undelivered()


class _Close:
    __slots__ = ("code", "reason")

    def __init__(self, code: int | None, reason: str) -> None:
        self.code, self.reason = code, reason


class WSConnection(asyncio.Protocol):
    """One open WebSocket connection (server or client side)."""

    def __init__(self, protocol: WSProtocol, opts: dict[str, Any]) -> None:
        self.protocol = protocol
        self.opts = opts
        self.transport: Any = None
        self.channel: Channel | None = None
        self.early: list = []  # messages received before a sink is attached
        self.fragments: list[bytes] | None = None
        self.fragment_text = False
        self.closed: asyncio.Future = asyncio.get_running_loop().create_future()
        self.failure: tuple[int, str] | None = None  # why this side failed the connection
        self.awaiting_pong = False
        self._timer = None
        self._close_timer = None
        self._bytes_out = 0  # bytes handed to the transport, ever
        self._marks: deque = deque()  # end offsets of messages maybe still in the transport's buffer
        self.remote = ""

    # -------------------------------------------------------------- asyncio callbacks

    def attach(self, transport) -> None:
        """Take over a transport whose handshake is done (server: after the 101; client: from start)."""
        self.transport = transport
        peer = transport.get_extra_info("peername")
        self.remote = peer[0] if peer else ""
        interval = self.opts.get("ping_interval")
        if interval:
            self._timer = asyncio.get_running_loop().call_later(interval, self._keepalive)

    def connection_made(self, transport) -> None:  # client side: the handshake runs on this protocol
        self.attach(transport)

    def data_received(self, data: bytes) -> None:
        protocol = self.protocol
        protocol.receive_data(data)
        events = protocol.events_received()
        if events:
            self._frames(events)
        if protocol.parser_exc is not None and self.failure is None \
                and not isinstance(protocol.parser_exc, EOFError):
            self._parser_failed()
        self._write_protocol_output()

    def _parser_failed(self) -> None:
        """websockets failed the connection (too big, protocol error): remember why."""
        sent = self.protocol.close_sent
        if sent is not None:
            self.failure = (int(sent.code), sent.reason)
        else:
            self.failure = (1006, str(self.protocol.parser_exc))

    def eof_received(self):
        self.protocol.receive_eof()
        self._write_protocol_output()
        return False  # let the transport close itself

    def connection_lost(self, exc) -> None:
        if self.protocol.state is not CLOSED:
            try:
                self.protocol.receive_eof()
            except Exception:  # the reader may be at EOF already
                pass
        for timer in (self._timer, self._close_timer):
            if timer is not None:
                timer.cancel()
        if not self.closed.done():
            self.closed.set_result(None)

    def pause_writing(self) -> None:  # the buffer limit is checked after each write instead
        pass

    def resume_writing(self) -> None:
        pass

    # -------------------------------------------------------------- receiving

    def _frames(self, events: list) -> None:
        for frame in events:
            opcode = frame.opcode
            if opcode is _TEXT or opcode is _BINARY:
                if frame.fin:
                    self._deliver(frame.data, opcode is _TEXT)
                else:
                    self.fragments, self.fragment_text = [frame.data], opcode is _TEXT
            elif opcode is _CONT:
                if self.fragments is not None:
                    self.fragments.append(frame.data)
                    if frame.fin:
                        data, self.fragments = b"".join(self.fragments), None
                        self._deliver(data, self.fragment_text)
            elif opcode is _PONG:
                self.awaiting_pong = False

    def _deliver(self, data: bytes, text: bool) -> None:
        if text:
            try:
                message: str | bytes = data.decode("utf-8")
            except UnicodeDecodeError as e:
                self.fail(1007, f"invalid UTF-8: {e.reason} at position {e.start}")
                return
        else:
            message = data
        channel = self.channel
        if channel is None or channel.sink is None:
            self.early.append(message)
        else:
            channel.sink.net_message(message)

    # -------------------------------------------------------------- writing

    def _write_protocol_output(self) -> None:
        protocol = self.protocol
        for chunk in protocol.data_to_send():
            if chunk:
                self.transport.write(chunk)
            elif self.transport.can_write_eof():
                self.transport.write_eof()
            else:
                self.transport.close()
        if protocol.close_expected() and self._close_timer is None:
            timeout = self.opts.get("close_timeout") or 10.0
            self._close_timer = asyncio.get_running_loop().call_later(timeout, self.abort)
        if protocol.state is CLOSED:
            self.transport.close()

    def write_messages(self, chunks: list[bytes]) -> None:
        """Data frames from the Channel; tracks what may still sit in the transport's buffer."""
        transport = self.transport
        body = chunks[0] if len(chunks) == 1 else b"".join(chunks)
        transport.write(body)
        start = self._bytes_out
        self._bytes_out = start + len(body)
        waiting = transport.get_write_buffer_size()
        if not waiting:
            if self._marks:
                self._marks.clear()
            return
        marks = self._marks
        end = start
        for chunk in chunks:
            end += len(chunk)
            marks.append(end)
        limit = self.opts.get("send_buffer")
        if limit and waiting > limit:
            self.overflow()

    def unsent_messages(self) -> int:
        """Messages not wholly handed to the operating system (valid once the transport is gone)."""
        waiting = self.transport.get_write_buffer_size() if self.transport is not None else 0
        if not waiting:
            return 0
        sent = self._bytes_out - waiting
        return sum(1 for end in self._marks if end > sent)

    def overflow(self) -> None:
        """The peer does not read: give up on it (its messages in flight count as undelivered)."""
        if self.failure is not None:
            return
        self.failure = (BACKLOG_CODE, BACKLOG_REASON)
        channel = self.channel
        if channel is not None:
            channel.failed = True
            channel.lost_in_buffer = self.unsent_messages()
        self.transport.abort()

    def fail(self, code: int, reason: str) -> None:
        if self.failure is None:
            self.failure = (code, reason)
        if self.protocol.state is OPEN:
            self.protocol.fail(code, reason)
        self._write_protocol_output()

    def abort(self) -> None:
        if self.transport is not None:
            self.transport.abort()

    # -------------------------------------------------------------- keepalive

    def _keepalive(self) -> None:
        self._timer = None
        if self.protocol.state is not OPEN:
            return
        loop = asyncio.get_running_loop()
        if self.awaiting_pong:
            self.fail(1011, "keepalive ping timeout")
            self.abort()
            return
        self.awaiting_pong = True
        self.protocol.send_ping(os.urandom(4))
        self._write_protocol_output()
        timeout = self.opts.get("ping_timeout")
        interval = self.opts.get("ping_interval") or 20.0
        if timeout:
            self._timer = loop.call_later(min(timeout, interval), self._keepalive)

    # -------------------------------------------------------------- how it ended

    def outcome(self) -> tuple[int, str, bool]:
        """(code, reason, clean) once closed: the peer's close frame, else our failure, else 1006."""
        protocol = self.protocol
        received = protocol.close_rcvd
        clean = received is not None and protocol.close_sent is not None
        if received is not None:
            return int(received.code), received.reason, clean
        if self.failure is not None:
            return self.failure[0], self.failure[1], False
        return 1006, "", False


class Channel:
    """The 4D side of a WSConnection: outbound frames, close requests, close reporting.

    Sends from 4D threads are appended to `pending`; the loop writes every
    channel's pending frames in one pass per wake-up (one cross-thread call
    per burst, one socket write per connection), in order, with a close
    request taking its place among the frames.
    """

    def __init__(self, ws: WSConnection, sink: Sink | None = None) -> None:
        self.ws = ws
        self.sink = sink
        self.pending: deque = deque()
        self.dirty = False  # in _dirty, waiting for the next flush
        self.closing = False  # a close was started: later frames are undelivered
        self.finished = False
        self.undelivered = 0
        self.lost_in_buffer = 0
        self.dropped = 0  # sends refused by 4D threads once the connection had failed
        self.pushed_bytes = 0  # written by 4D threads only
        self.flushed_bytes = 0  # written by the loop only: their difference is the queued backlog
        self.failed = False  # set once: later sends are dropped at once (and counted)
        self._lock = threading.Lock()
        self.limit = ws.opts.get("send_buffer")
        ws.channel = self

    @property
    def failure(self) -> tuple[int, str] | None:
        return self.ws.failure

    # -------------------------------------------------------------- from 4D threads

    def send_threadsafe(self, payload: str | bytes) -> None:
        self._push(payload)

    def close_threadsafe(self, code: int | None, reason: str = "") -> None:
        self._push(_Close(code, reason))

    def abort_threadsafe(self) -> None:
        eventloop.call_soon(self.abort)

    def take_undelivered(self) -> int:
        """Frames that never reached the peer (after the connection closed); counted once."""
        with self._lock:
            lost = self.undelivered + self.lost_in_buffer + self.dropped
            self.undelivered = self.lost_in_buffer = self.dropped = 0
        while self.pending:
            if type(self.pending.popleft()) is not _Close:
                lost += 1
        return lost

    def _push(self, item) -> None:
        if self.failed and type(item) is not _Close:
            with self._lock:
                self.dropped += 1
            return
        if self.limit and type(item) is not _Close:
            self.pushed_bytes += len(item)
            if self.pushed_bytes - self.flushed_bytes > self.limit:
                self.failed = True  # the loop fails the connection (once); this send is counted
                eventloop.call_soon(self.ws.overflow)
                with self._lock:
                    self.dropped += 1
                return
        # Ordering of these steps against _flush_all makes a lost wake-up impossible: the
        # loop clears a flag before draining what the flag announced.
        self.pending.append(item)
        if not self.dirty:
            self.dirty = True
            _dirty.append(self)
            if not _flush["scheduled"]:
                _flush["scheduled"] = True
                eventloop.call_soon(_flush_all)

    # -------------------------------------------------------------- on the loop

    def abort(self) -> None:
        self.ws.abort()

    def flush(self) -> None:
        if self.finished:
            return  # take_undelivered counts what is left
        ws = self.ws
        protocol = ws.protocol
        wrote = False
        batch = 0
        while self.pending:
            item = self.pending.popleft()
            if type(item) is _Close:
                if not self.closing:
                    self.closing = True
                    if wrote:
                        ws.write_messages(protocol.data_to_send())
                        wrote = False
                    self._close(item)
                continue
            if self.closing or protocol.state is not OPEN or ws.failure is not None:
                self.undelivered += 1
                continue
            if type(item) is str:
                protocol.send_text(item.encode())
            else:
                protocol.send_binary(item)
            wrote = True
            size = len(item)
            self.flushed_bytes += size
            batch += size
            if batch > FLUSH_SLICE:  # write in slices: a flood is checked against the limit as it goes
                ws.write_messages(protocol.data_to_send())
                wrote, batch = False, 0
        if wrote:
            ws.write_messages(protocol.data_to_send())

    def _close(self, item: _Close) -> None:
        protocol = self.ws.protocol
        if protocol.state is not OPEN:
            return
        if item.code is None:
            protocol.send_close()
        else:
            protocol.send_close(item.code, item.reason)
        self.ws._write_protocol_output()

    def deliver_early(self) -> None:
        early, self.ws.early = self.ws.early, []
        for message in early:
            self.sink.net_message(message)

    async def run(self) -> None:
        """Deliver what arrived before the sink was known, wait for the end, report it."""
        if self.ws.early:
            self.deliver_early()
        await self.ws.closed
        self.flush()  # what was sent up to now is counted, not lost
        self.finished = True
        code, reason, clean = self.ws.outcome()
        self.sink.net_closed(code, reason, clean)


_dirty: deque[Channel] = deque()
_flush = {"scheduled": False}


def _flush_all() -> None:
    _flush["scheduled"] = False
    while _dirty:
        channel = _dirty.popleft()
        channel.dirty = False
        try:
            channel.flush()
        except Exception:  # a connection torn down under us: its frames count as undelivered
            channel.undelivered += 1
            channel.abort()

