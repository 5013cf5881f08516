"""Benchmark: a 4D client (4D.WebSocket) against a Python websockets client.

Usage: python bench/ws_client.py [--rounds R] [--messages N] [--profile DIR]

A bare `websockets` echo server runs in a subprocess (bench/ws_reference_servers.py
echo). In this process, alternately:

  4D      4D code run in-process by interpreter.doctests.session.DocSession, as run4d
          runs it: `4D.WebSocket.new(url; handler)`, then N `.send()` in a loop;
          the handler's onMessage checks each reply (in order) and, at the N-th,
          prints the time since the connection opened (Milliseconds).
  Python  a `websockets` asyncio client: opens the connection, sends the N
          messages while a reader task checks the N replies.

Both time from the open connection to the N-th reply. Reported: messages/s
for each and the ratio 4D / Python (the time ratio is its inverse). With
--profile DIR, py-spy samples this process during extra 4D passes.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import wsbench  # noqa: E402

sys.path.insert(0, wsbench.ROOT)
from websockets.asyncio.client import connect  # noqa: E402

TIMEOUT = 120.0

HANDLER = """
// Counts the echoed replies; reports when the last one is in.
property expected : Integer
property received : Integer
property bad : Integer
property started : Real

Class constructor($n : Integer)
	This.expected:=$n
	This.received:=0
	This.bad:=0

Function onMessage($ws : 4D.WebSocket; $event : Object)
	This.received+=1
	If ($event.data#("message "+String(This.received)))
		This.bad+=1
	End if
	If (This.received=This.expected)
		ALERT("done "+String(Milliseconds-This.started)+" "+String(This.bad))
		$ws.terminate()
	End if

Function onError($ws : 4D.WebSocket; $event : Object)
	ALERT("error "+JSON Stringify($event.errors))
"""

BLOCK = """
var $h : cs.EchoCounter
$h:=cs.EchoCounter.new({n})
var $ws : 4D.WebSocket
$ws:=4D.WebSocket.new("{url}"; $h)
$h.started:=Milliseconds
var $i : Integer
For ($i; 1; {n})
	$ws.send("message "+String($i))
End for
"""


class FourD:
    """The 4D side: one DocSession kept for the whole run."""

    def __init__(self) -> None:
        from interpreter.doctests.session import DocSession

        self.folder = tempfile.mkdtemp(prefix="wsbench-client-")
        self.session = DocSession(root=self.folder, http_port=None, timeout=TIMEOUT).start()
        self.session.load(HANDLER, os.path.join(self.folder, "EchoCounter.4dm"), "EchoCounter")

    def run(self, url: str, n: int) -> dict:
        out = self.session.out
        mark = len(out.lines)
        t0 = time.perf_counter()
        result = self.session.run(BLOCK.format(n=n, url=url), settle=False)
        if result.error is not None:
            raise RuntimeError(f"the 4D block failed: {result.error}; output: {result.output}")
        lines = out.wait_for(lambda ls: any(ln.startswith(("done", "error")) for ln in ls[mark:]), TIMEOUT)
        wall = time.perf_counter() - t0
        line = next(ln for ln in lines[mark:] if ln.startswith(("done", "error")))
        if line.startswith("error"):
            raise RuntimeError(line)
        _, ms, bad = line.split()
        if float(bad):
            raise AssertionError(f"{bad} replies did not match")
        self.session.settle()
        elapsed = float(ms) / 1000
        return {"elapsed": elapsed, "rate": n / elapsed, "wall": wall}

    def stop(self) -> None:
        self.session.stop()


async def python_client(url: str, n: int) -> dict:
    t0 = time.perf_counter()
    async with connect(url, compression=None, open_timeout=20, max_size=16 * 2**20) as ws:
        t1 = time.perf_counter()

        async def reader() -> None:
            for i in range(1, n + 1):
                reply = await ws.recv()
                if reply != f"message {i}":
                    raise AssertionError(f"reply {i} was {reply!r}")

        task = asyncio.create_task(reader())
        for i in range(1, n + 1):
            await ws.send(f"message {i}")
        await asyncio.wait_for(task, TIMEOUT)
        elapsed = time.perf_counter() - t1
    return {"elapsed": elapsed, "rate": n / elapsed, "wall": time.perf_counter() - t0}


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--rounds", type=int, default=5)
    p.add_argument("--messages", type=int, default=10_000)
    p.add_argument("--profile", metavar="DIR", help="py-spy this process during three extra 4D passes")
    opts = p.parse_args()

    server = wsbench.reference_server("echo", name="echo")
    url = server.url()
    four_d = FourD()
    print(f"echo server: websockets asyncio (pid {server.pid}, port {server.port});"
          f" {opts.messages:,} messages per pass, {opts.rounds} rounds\n")
    rows: dict = {"4D": [], "Python": []}
    try:
        four_d.run(url, 500)  # warm-up
        asyncio.run(python_client(url, 500))
        for r in range(opts.rounds):
            order = ["4D", "Python"] if r % 2 == 0 else ["Python", "4D"]
            for who in order:
                if who == "4D":
                    res = four_d.run(url, opts.messages)
                else:
                    res = asyncio.run(python_client(url, opts.messages))
                rows[who].append(res)
            a, b = rows["4D"][-1], rows["Python"][-1]
            print(f"round {r + 1}: 4D {a['elapsed'] * 1000:7.0f} ms ({a['rate']:8,.0f} msg/s)"
                  f"   Python {b['elapsed'] * 1000:7.0f} ms ({b['rate']:8,.0f} msg/s)"
                  f"   ratio {a['rate'] / b['rate']:.2f}")
        med4 = wsbench.median([x["rate"] for x in rows["4D"]])
        medp = wsbench.median([x["rate"] for x in rows["Python"]])
        print(f"\nmedians: 4D {med4:,.0f} msg/s, Python {medp:,.0f} msg/s: ratio 4D/Python {med4 / medp:.2f}"
              f" (the 4D client takes {medp / med4:.1f}x the time)")
        if opts.profile:
            os.makedirs(opts.profile, exist_ok=True)
            out = os.path.join(opts.profile, "ws_client.txt")
            spy = wsbench.Spy(os.getpid(), out)
            try:
                for _ in range(3):
                    four_d.run(url, opts.messages)
            finally:
                spy.stop()
            print(f"\nprofile of the 4D client ({out}):\n{spy.summary()}")
    finally:
        four_d.stop()
        server.stop()
        server.cleanup()


if __name__ == "__main__":
    main()
