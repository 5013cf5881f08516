"""The network rows of bench/speed.py: WebSocket echo, pipelining, chat fan-out, idle memory, HTTP.

Servers run in their own processes (wsbench.ServerProc); the loads are driven
from this process with `websockets` asyncio clients. Every row is a ratio
run4d ÷ bare `websockets` server (bench/ws_reference_servers.py) measured in
the same round, the two servers in alternating order; CPU times come from
/proc, memory from VmRSS.
"""

from __future__ import annotations

import asyncio
import os
import statistics
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import ws_chat  # noqa: E402
import ws_server  # noqa: E402
import wsbench  # noqa: E402

SIZES = {  # normal, --quick
    "trips": (2000, 600), "clients": (50, 20), "messages": (400, 100),
    "members": (200, 80), "chat_messages": (100, 40), "idle": (1000, 300),
    "requests": (6000, 2000),
}


def _env(loop: str | None) -> dict:
    return {"RUN4D_LOOP": loop} if loop else {}


def _size(name: str, quick: bool) -> int:
    return SIZES[name][1 if quick else 0]


def rss_kib(pid: int) -> int:
    with open(f"/proc/{pid}/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def switches(pid: int) -> int:
    """Voluntary context switches of every thread of a process so far (thread wake-ups)."""
    total = 0
    try:
        tids = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return 0
    for tid in tids:
        try:
            with open(f"/proc/{pid}/task/{tid}/status") as fh:
                for line in fh:
                    if line.startswith("voluntary_ctxt_switches:"):
                        total += int(line.split()[1])
        except OSError:
            pass  # the thread ended between listing and reading
    return total


def _order(r: int) -> list[str]:
    return ["4D", "bare"] if r % 2 == 0 else ["bare", "4D"]


def echo_rows(rounds: int, loop: str | None, quick: bool, pipelined: bool, echo: bool) -> dict:
    trips, clients, messages = _size("trips", quick), _size("clients", quick), _size("messages", quick)
    servers = {"4D": wsbench.run4d_server(ws_server.ECHO, name="4D", env=_env(loop)),
               "bare": wsbench.reference_server("upper", name="bare")}
    out: dict[str, list[float]] = {"ws_echo_cpu": [], "ws_echo_p50": [], "ws_pipelined_cpu": []}
    try:
        for server in servers.values():  # warm-up: code paths and caches of both
            asyncio.run(ws_server.throughput(server.url(), 10, 50))
            asyncio.run(ws_server.latency(server.url(), 100, 50))
        for r in range(rounds):
            if echo:
                got = {}
                for name in _order(r):
                    server = servers[name]
                    cpu0, sw0 = server.cpu(), switches(server.pid)
                    res = asyncio.run(ws_server.latency(server.url(), trips, warmup=100))
                    res["cpu"] = (server.cpu() - cpu0) / (trips + 100) * 1e6
                    res["switches"] = (switches(server.pid) - sw0) / (trips + 100)
                    got[name] = res
                out["ws_echo_cpu"].append(got["4D"]["cpu"] / got["bare"]["cpu"])
                out["ws_echo_p50"].append(got["4D"]["p50"] / got["bare"]["p50"])
                print(f"  ws_echo round {r + 1}: server CPU/msg 4D {got['4D']['cpu']:6.1f} us  bare"
                      f" {got['bare']['cpu']:6.1f} us  ratio {out['ws_echo_cpu'][-1]:.2f} | p50 4D"
                      f" {got['4D']['p50']:.3f} ms  bare {got['bare']['p50']:.3f} ms  ratio"
                      f" {out['ws_echo_p50'][-1]:.2f} | wake-ups/msg 4D {got['4D']['switches']:.1f}"
                      f"  bare {got['bare']['switches']:.1f}", flush=True)
            if pipelined:
                got = {}
                for name in _order(r):
                    server = servers[name]
                    cpu0 = server.cpu()
                    res = asyncio.run(ws_server.throughput(server.url(), clients, messages))
                    res["cpu"] = (server.cpu() - cpu0) / (clients * messages) * 1e6
                    got[name] = res
                out["ws_pipelined_cpu"].append(got["4D"]["cpu"] / got["bare"]["cpu"])
                print(f"  ws_pipelined round {r + 1}: server CPU/msg 4D {got['4D']['cpu']:6.1f} us"
                      f" ({got['4D']['rate']:,.0f} msg/s)  bare {got['bare']['cpu']:6.1f} us"
                      f" ({got['bare']['rate']:,.0f} msg/s)  ratio {out['ws_pipelined_cpu'][-1]:.2f}", flush=True)
    finally:
        for server in servers.values():
            server.stop()
            server.cleanup()
    return {k: v for k, v in out.items() if v}


class _ChatOpts:
    def __init__(self, members: int, messages: int) -> None:
        self.members, self.senders, self.messages = members, 1, messages


def chat_rows(rounds: int, loop: str | None, quick: bool) -> dict:
    members, messages = _size("members", quick), _size("chat_messages", quick)
    fds = members + 256
    wsbench.raise_fd_limit(fds)
    opts = _ChatOpts(members, messages)
    ratios = []
    for r in range(rounds):
        got = {}
        for name in _order(r):
            if name == "4D":
                server = wsbench.run4d_server(ws_chat.CHAT, name="4D", fds=fds, env=_env(loop))
            else:
                server = wsbench.reference_server("chat", name="bare", fds=fds)
            try:
                res = asyncio.run(ws_chat.drive(server, "/chat", opts, None))
            finally:
                server.stop()
                server.cleanup()
            if res["lost"] or res["duplicates"] or res["out_of_order"]:
                raise AssertionError(f"{name} chat lost or reordered messages: {res}")
            got[name] = res
        ratios.append(got["4D"]["cpu_us"] / got["bare"]["cpu_us"])
        print(f"  ws_chat round {r + 1}: {members} members, 1 sender x {messages}: server CPU/delivery 4D"
              f" {got['4D']['cpu_us']:5.2f} us  bare {got['bare']['cpu_us']:5.2f} us  ratio {ratios[-1]:.2f}",
              flush=True)
    return {"ws_chat_cpu": ratios}


async def _idle(server: wsbench.ServerProc, n: int) -> float:
    """KiB of resident memory per open, idle connection."""
    warm = await ws_server._open(server.url(), 20)  # the code paths of a connection are loaded first
    await ws_server._close(warm)
    await asyncio.sleep(0.5)
    before = rss_kib(server.pid)
    conns = await ws_server._open(server.url(), n)
    try:
        await asyncio.sleep(1.0)
        after = rss_kib(server.pid)
    finally:
        await ws_server._close(conns)
    return (after - before) / n


def idle_rows(rounds: int, loop: str | None, quick: bool) -> dict:
    n = _size("idle", quick)
    fds = n + 256
    wsbench.raise_fd_limit(fds)
    ratios = []
    for r in range(rounds):
        got = {}
        for name in _order(r):
            if name == "4D":
                server = wsbench.run4d_server(ws_server.ECHO, name="4D", fds=fds, env=_env(loop))
            else:
                server = wsbench.reference_server("upper", name="bare", fds=fds)
            try:
                got[name] = asyncio.run(_idle(server, n))
            finally:
                server.kill()
                server.cleanup()
        ratios.append(got["4D"] / got["bare"])
        print(f"  ws_idle round {r + 1}: {n} idle connections: 4D {got['4D']:5.1f} KiB each  bare"
              f" {got['bare']:5.1f} KiB each  ratio {ratios[-1]:.2f}", flush=True)
    return {"ws_idle_mem": ratios}


def http_rows(rounds: int, loop: str | None, quick: bool) -> dict:
    import http_server

    total = _size("requests", quick)
    here = os.path.dirname(os.path.abspath(__file__))
    four_d = wsbench.run4d_server(os.path.join("samples", "webapp", "webapp.4dm"), env=_env(loop))
    bare = wsbench.ServerProc("bare", [wsbench.PY, os.path.join(here, "http_reference_server.py"),
                                       "--parser", "httptools"])
    servers = {"4D": four_d, "bare": bare}
    rates, cpus = [], []
    try:
        expected = asyncio.run(http_server.seed(four_d.port, 3))
        if asyncio.run(http_server.seed(bare.port, 3)) != expected:
            raise AssertionError("the two HTTP servers do not give the same answer")
        for server in servers.values():
            http_server.measure(server, 20, 500, expected)
        for r in range(rounds):
            got = {name: http_server.measure(servers[name], 20, total, expected) for name in _order(r)}
            rates.append(got["4D"][0] / got["bare"][0])
            cpus.append(got["4D"][1] / got["bare"][1])
            print(f"  http round {r + 1}: 4D {got['4D'][0]:8,.0f} req/s ({got['4D'][1]:5.1f} us CPU/req)  bare"
                  f" {got['bare'][0]:8,.0f} req/s ({got['bare'][1]:5.1f} us CPU/req)  ratio {rates[-1]:.2f}",
                  flush=True)
    finally:
        for server in servers.values():
            server.stop()
            server.cleanup()
    return {"http_rate": rates, "http_cpu": cpus}


def rows(names: list[str], rounds: int, loop: str | None, quick: bool) -> dict[str, list[float]]:
    out: dict[str, list[float]] = {}
    if "ws_echo" in names or "ws_pipelined" in names:
        out.update(echo_rows(rounds, loop, quick, "ws_pipelined" in names, "ws_echo" in names))
    if "ws_chat" in names:
        out.update(chat_rows(rounds, loop, quick))
    if "ws_idle" in names:
        out.update(idle_rows(rounds, loop, quick))
    if "http" in names:
        out.update(http_rows(rounds, loop, quick))
    return out


if __name__ == "__main__":
    t0 = time.perf_counter()
    res = rows(sys.argv[1:] or ["ws_echo"], 3, None, True)
    print({k: statistics.median(v) for k, v in res.items()}, f"{time.perf_counter() - t0:.0f} s")
