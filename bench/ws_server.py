"""Benchmark: the 4D uppercase echo server (samples/echo) against a bare websockets server.

Usage: python bench/ws_server.py [--rounds R] [--clients C] [--messages N] [--trips M]
                                 [--profile DIR]

Both servers run as subprocesses, started in the same run: `run4d
samples/echo/UppercaseServer.4dm --http-port 0` and bench/ws_reference_servers.py
upper (a bare `websockets` asyncio server doing the same greeting and uppercase
replies). This process drives them with `websockets` asyncio clients:

  (a) throughput: C clients (default 50), each pipelining N messages (sends them
      all without waiting; a reader task takes the replies), every reply checked
      -> messages/s for each server, and the ratio 4D / bare (target >= 0.7,
      goal 0.9). Also the server's CPU time per message.
  (b) latency: 1 client, M request/reply round trips -> p50 and p99 for each
      server and the p99 latency the 4D server adds (target < 2 ms).

The two servers alternate within each round (R rounds, default 3); the report
gives every round and the medians. With --profile DIR, py-spy samples the 4D
server during three extra passes of each load and a summary is printed (raw stacks
are kept in DIR).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import websockets  # noqa: E402
import wsbench  # noqa: E402
from websockets.asyncio.client import connect  # noqa: E402

ECHO = os.path.join("samples", "echo", "UppercaseServer.4dm")
GREETING = "Connected: every message comes back in capitals."
TIMEOUT = 120.0  # bound of any one load


async def _open(url: str, count: int):
    conns = []
    for start in range(0, count, 50):
        size = min(count, start + 50) - start
        batch = await asyncio.gather(*(connect(url, **wsbench.CLIENT_OPTS) for _ in range(size)))
        conns.extend(batch)
    greetings = await asyncio.wait_for(asyncio.gather(*(c.recv() for c in conns)), 20)
    bad = [g for g in greetings if g != GREETING]
    if bad:
        raise AssertionError(f"unexpected greeting: {bad[0]!r}")
    return conns


async def _close(conns) -> None:
    await asyncio.wait_for(asyncio.gather(*(c.close() for c in conns), return_exceptions=True), 20)


async def throughput(url: str, clients: int, n: int) -> dict:
    """C clients pipelining N messages each; returns messages/s and the elapsed time."""
    conns = await _open(url, clients)
    errors = []

    async def one(ws, cid: int) -> None:
        msgs = [f"client {cid} says hello, message {i}" for i in range(n)]

        async def reader() -> None:
            for m in msgs:
                reply = await ws.recv()
                if reply != m.upper():
                    errors.append((m, reply))

        task = asyncio.create_task(reader())
        for m in msgs:
            await ws.send(m)
        await task

    try:
        t0 = time.perf_counter()
        await asyncio.wait_for(asyncio.gather(*(one(ws, i) for i, ws in enumerate(conns))), TIMEOUT)
        elapsed = time.perf_counter() - t0
    finally:
        await _close(conns)
    if errors:
        raise AssertionError(f"{len(errors)} wrong replies, first: {errors[0]!r}")
    return {"rate": clients * n / elapsed, "elapsed": elapsed}


async def latency(url: str, trips: int, warmup: int = 200) -> dict:
    """1 client, request/reply: per-trip latency in ms."""
    (ws,) = await _open(url, 1)
    samples = []
    try:
        async def go() -> None:
            for i in range(warmup + trips):
                m = f"round trip number {i}"
                t0 = time.perf_counter()
                await ws.send(m)
                reply = await ws.recv()
                dt = time.perf_counter() - t0
                if reply != m.upper():
                    raise AssertionError(f"wrong reply {reply!r} to {m!r}")
                if i >= warmup:
                    samples.append(dt * 1000)

        await asyncio.wait_for(go(), TIMEOUT)
    finally:
        await _close([ws])
    return {"p50": wsbench.percentile(samples, 50), "p99": wsbench.percentile(samples, 99),
            "mean": sum(samples) / len(samples), "max": max(samples)}


def measure(server: wsbench.ServerProc, load: str, opts) -> dict:
    cpu0 = server.cpu()
    if load == "throughput":
        result = asyncio.run(throughput(server.url(), opts.clients, opts.messages))
        result["cpu_us_per_msg"] = (server.cpu() - cpu0) / (opts.clients * opts.messages) * 1e6
    else:
        result = asyncio.run(latency(server.url(), opts.trips))
        result["cpu_us_per_msg"] = (server.cpu() - cpu0) / (opts.trips + 200) * 1e6
    return result


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--rounds", type=int, default=3)
    p.add_argument("--clients", type=int, default=50)
    p.add_argument("--messages", type=int, default=1000, help="messages per client in the throughput load")
    p.add_argument("--trips", type=int, default=2000, help="round trips in the latency load")
    p.add_argument("--profile", metavar="DIR", help="py-spy the 4D server during an extra pass of each load")
    opts = p.parse_args()

    wsbench.raise_fd_limit(opts.clients + 256)
    four_d = wsbench.run4d_server(ECHO, name="4D")
    bare = wsbench.reference_server("upper", name="bare")
    servers = {"4D": four_d, "bare": bare}
    print(f"4D server   : run4d {ECHO} (pid {four_d.pid}, port {four_d.port})")
    print(f"bare server : websockets {websockets.__version__} asyncio (pid {bare.pid}, port {bare.port})")
    print(f"throughput  : {opts.clients} clients x {opts.messages} pipelined messages;"
          f" latency: 1 client x {opts.trips} round trips; {opts.rounds} rounds\n")
    rows: dict = {(s, load): [] for s in servers for load in ("throughput", "latency")}
    try:
        # Warm-up: connections, code paths and caches of both servers.
        for server in servers.values():
            asyncio.run(throughput(server.url(), min(opts.clients, 10), 50))
        for r in range(opts.rounds):
            order = ["4D", "bare"] if r % 2 == 0 else ["bare", "4D"]
            for load in ("throughput", "latency"):
                for name in order:
                    res = measure(servers[name], load, opts)
                    rows[(name, load)].append(res)
            t4, tb = rows[("4D", "throughput")][-1], rows[("bare", "throughput")][-1]
            l4, lb = rows[("4D", "latency")][-1], rows[("bare", "latency")][-1]
            print(f"round {r + 1}: throughput 4D {t4['rate']:8,.0f} msg/s  bare {tb['rate']:8,.0f} msg/s"
                  f"  ratio {t4['rate'] / tb['rate']:.2f}   |  p99 4D {l4['p99']:.3f} ms"
                  f"  bare {lb['p99']:.3f} ms"
                  f"  added {l4['p99'] - lb['p99']:+.3f} ms")
        print()
        med = {k: {f: wsbench.median([x[f] for x in v]) for f in v[0]} for k, v in rows.items()}
        t4, tb = med[("4D", "throughput")], med[("bare", "throughput")]
        l4, lb = med[("4D", "latency")], med[("bare", "latency")]
        ratio = t4["rate"] / tb["rate"]
        added = l4["p99"] - lb["p99"]
        print("medians of the rounds")
        pad = " " * 16
        print(f"(a) throughput  4D   {t4['rate']:9,.0f} msg/s"
              f"   server CPU {t4['cpu_us_per_msg']:6.1f} us/msg")
        print(f"{pad}bare {tb['rate']:9,.0f} msg/s   server CPU {tb['cpu_us_per_msg']:6.1f} us/msg")
        print(f"                ratio 4D/bare {ratio:.2f}   (target >= 0.70, goal 0.90): "
              f"{'MET' if ratio >= 0.7 else 'MISSED'}{' (goal met)' if ratio >= 0.9 else ''}")
        print(f"(b) latency     4D   p50 {l4['p50']:.3f} ms  p99 {l4['p99']:.3f} ms  (mean {l4['mean']:.3f},"
              f" server CPU {l4['cpu_us_per_msg']:.0f} us/trip)")
        print(f"                bare p50 {lb['p50']:.3f} ms  p99 {lb['p99']:.3f} ms  (mean {lb['mean']:.3f},"
              f" server CPU {lb['cpu_us_per_msg']:.0f} us/trip)")
        print(f"{pad}added p99 {added:+.3f} ms  (target < 2 ms): {'MET' if added < 2 else 'MISSED'}")
        print(f"                p50 ratio 4D/bare {l4['p50'] / lb['p50']:.2f}")

        if opts.profile:
            os.makedirs(opts.profile, exist_ok=True)
            for load in ("throughput", "latency"):
                out = os.path.join(opts.profile, f"ws_server_{load}.txt")
                spy = wsbench.Spy(four_d.pid, out)
                try:
                    for _ in range(3):
                        measure(four_d, load, opts)
                finally:
                    spy.stop()
                print(f"\nprofile of the 4D server, {load} load ({out}):")
                print(spy.summary())
    finally:
        for server in servers.values():
            server.stop()
            server.cleanup()


if __name__ == "__main__":
    main()
