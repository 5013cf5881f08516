"""A plain Python websockets server on its own thread, for client tests."""

from __future__ import annotations

import asyncio
import ssl
import threading

from websockets.asyncio.server import serve

from tests.network.harness import TIMEOUT


class PyServer:
    """Runs `handler(ws)` for each connection on 127.0.0.1 (port 0); records requests."""

    def __init__(self, handler, ssl_context: ssl.SSLContext | None = None) -> None:
        self.handler = handler
        self.ssl_context = ssl_context
        self.requests: list = []
        self.port = 0
        self._ready = threading.Event()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop: asyncio.Event | None = None
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> PyServer:
        self._thread.start()
        assert self._ready.wait(TIMEOUT), "the test server did not start"
        return self

    def __exit__(self, *exc) -> None:
        if self._loop is not None:
            self._loop.call_soon_threadsafe(self._stop.set)
        self._thread.join(TIMEOUT)

    @property
    def url(self) -> str:
        scheme = "wss" if self.ssl_context else "ws"
        return f"{scheme}://127.0.0.1:{self.port}/"

    def _run(self) -> None:
        asyncio.run(self._main())

    async def _main(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._stop = asyncio.Event()

        def record(connection, request):
            self.requests.append(request)

        async with serve(self.handler, "127.0.0.1", 0, ssl=self.ssl_context, process_request=record) as server:
            self.port = server.sockets[0].getsockname()[1]
            self._ready.set()
            await self._stop.wait()
