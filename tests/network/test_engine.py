"""The engine's Channel on real sockets: frame order, close placement, undelivered frames."""

from __future__ import annotations

import asyncio
import threading

from websockets.exceptions import ConnectionClosed

from runtime import eventloop
from stdlib_4d.net.engine import Channel, open_client
from tests.network.harness import TIMEOUT
from tests.network.pyserver import PyServer


class Recorder:
    """A Sink that keeps what the channel reports."""

    def __init__(self) -> None:
        self.messages: list = []
        self.closed = threading.Event()
        self.close: tuple | None = None

    def net_message(self, data) -> None:
        self.messages.append(data)

    def net_closed(self, code: int, reason: str, clean: bool) -> None:
        self.close = (code, reason, clean)
        self.closed.set()


def open_channel(url: str) -> tuple[Channel, Recorder]:
    sink = Recorder()

    async def opening() -> Channel:
        channel = Channel(await open_client(url, [], TIMEOUT), sink)
        asyncio.get_running_loop().create_task(channel.run())
        return channel

    return eventloop.submit(opening()).result(TIMEOUT), sink


def test_frames_keep_their_order_and_a_close_takes_its_place():
    received: list = []
    close_seen: list = []

    async def handler(ws) -> None:
        try:
            async for message in ws:
                received.append(message)
        except ConnectionClosed:
            pass
        close_seen.append((ws.close_code, ws.close_reason))

    with PyServer(handler) as server:
        channel, sink = open_channel(server.url)
        for i in range(1000):
            channel.send_threadsafe(str(i) if i % 2 else str(i).encode())
        channel.close_threadsafe(4001, "bye")
        for _ in range(250):  # after the close: never sent, counted
            channel.send_threadsafe("late")
        assert sink.closed.wait(TIMEOUT)
    assert received == [str(i) if i % 2 else str(i).encode() for i in range(1000)]
    assert close_seen == [(4001, "bye")]
    assert sink.close == (4001, "bye", True)
    assert channel.take_undelivered() == 250
    assert channel.take_undelivered() == 0  # counted once


def test_sends_from_many_threads_all_arrive():
    received: list = []

    async def handler(ws) -> None:
        async for message in ws:
            received.append(message)

    with PyServer(handler) as server:
        channel, sink = open_channel(server.url)

        def sender(n: int) -> None:
            for i in range(500):
                channel.send_threadsafe(f"{n}:{i}")

        threads = [threading.Thread(target=sender, args=(n,)) for n in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(TIMEOUT)
        channel.close_threadsafe(None)
        assert sink.closed.wait(TIMEOUT)
    for n in range(4):  # per sender, in order; nothing lost
        assert [m for m in received if m.startswith(f"{n}:")] == [f"{n}:{i}" for i in range(500)]
    assert channel.take_undelivered() == 0


def test_frames_sent_after_the_peer_vanished_are_counted():
    async def handler(ws) -> None:
        await ws.recv()
        ws.transport.abort()  # no closing handshake: 1006 on the other side

    with PyServer(handler) as server:
        channel, sink = open_channel(server.url)
        channel.send_threadsafe("first")
        assert sink.closed.wait(TIMEOUT)
        for _ in range(3):
            channel.send_threadsafe("into the void")
    assert sink.close == (1006, "", False)
    assert channel.take_undelivered() == 3
