"""Benchmark: the chat sample (samples/chat) with 1,000 connected members.

Usage: python bench/ws_chat.py [--rounds R] [--members N] [--senders S] [--messages K]
                               [--only 4D|bare] [--profile DIR]

Each round starts, one after the other, `run4d samples/chat/chat.4dm --http-port 0`
and bench/ws_reference_servers.py chat (a bare `websockets` server speaking the
same protocol, broadcasting with websockets.broadcast), and drives each from this
process with N (default 1,000) `websockets` asyncio clients:

  1. join: the members connect (50 at a time); every join is announced to the
     members already there ("NAME joined"), ~N²/2 notices. Once every member
     has its welcome (every onOpen has run), a "sync" message from the first
     member, received by all others, ends the phase (callbacks run in order and
     each connection's messages arrive in order, so every notice is in by then).
  2. broadcast: S members (default 5) each send K messages (default 20) at once;
     every other member must receive every one: S x K x (N-1) deliveries.
     Reported: deliveries per second (first send to last delivery), lost
     messages (expected - received, counted per member and sender), duplicates
     and out-of-order deliveries, and the server's CPU time per delivery.

The ratio 4D / bare is computed per phase. The client process handles all N
connections on one core: when the bare server is faster than the clients can
read, its number is client-bound; the CPU time per delivery is then the better
comparison. Servers are killed after each round (their shutdown is not
measured). With --profile DIR, py-spy samples the 4D server during the
broadcast phase of the first round.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import wsbench  # noqa: E402
from websockets.asyncio.client import connect  # noqa: E402

CHAT = os.path.join("samples", "chat", "chat.4dm")
JOIN_TIMEOUT = 400.0
SEND_TIMEOUT = 180.0
STALL = 30.0  # give up when nothing arrives for this long


class Room:
    """The client side: N members, what each received, and the counters."""

    def __init__(self, n: int, senders: list[int], k: int) -> None:
        self.n = n
        self.names = [f"m{i:04d}" for i in range(n)]
        self.senders = senders
        self.k = k
        self.conns: list = [None] * n
        self.readers: list = []
        self.notices = 0
        self.welcomes = 0
        self.synced = 0
        self.all_synced = asyncio.Event()
        self.all_welcomed = asyncio.Event()
        # got[receiver][sender] = list of message numbers, in arrival order
        self.got = [dict() for _ in range(n)]
        self.delivered = 0
        self.expected = 0
        self.all_delivered = asyncio.Event()
        self.first_send = 0.0
        self.last_delivery = 0.0
        self.last_activity = time.monotonic()
        self.closed_early = 0

    async def read(self, i: int, ws) -> None:
        got = self.got[i]
        sync_from = self.names[0]
        try:
            async for raw in ws:
                self.last_activity = time.monotonic()
                msg = json.loads(raw)
                sender, text = msg.get("from"), msg.get("text", "")
                if sender == "room":
                    if text.startswith("Welcome"):
                        self.welcomes += 1
                        if self.welcomes == self.n:
                            self.all_welcomed.set()
                    else:
                        self.notices += 1
                elif text == "sync" and sender == sync_from:
                    self.synced += 1
                    if self.synced == self.n - 1:
                        self.all_synced.set()
                else:
                    got.setdefault(sender, []).append(int(text.split(" ", 1)[1]))
                    self.delivered += 1
                    self.last_delivery = time.perf_counter()
                    if self.delivered == self.expected:
                        self.all_delivered.set()
        except Exception:
            self.closed_early += 1

    async def join(self, url: str) -> None:
        async def one(i: int) -> None:
            ws = await connect(f"{url}?name={self.names[i]}", **wsbench.CLIENT_OPTS)
            self.conns[i] = ws
            self.readers.append(asyncio.create_task(self.read(i, ws)))

        for start in range(0, self.n, 50):
            await asyncio.gather(*(one(i) for i in range(start, min(self.n, start + 50))))
        # Every onOpen has run (and queued its notices) once every member has its welcome.
        await wait_event(self.all_welcomed, JOIN_TIMEOUT, self, "welcomes")
        await self.conns[0].send("sync")
        await wait_event(self.all_synced, JOIN_TIMEOUT, self, "join")

    async def broadcast(self) -> None:
        self.expected = len(self.senders) * self.k * (self.n - 1)

        async def send_all(i: int) -> None:
            ws = self.conns[i]
            for j in range(self.k):
                await ws.send(f"message {j}")

        self.first_send = time.perf_counter()
        await asyncio.gather(*(send_all(i) for i in self.senders))
        await wait_event(self.all_delivered, SEND_TIMEOUT, self, "broadcast")

    def audit(self) -> dict:
        lost = dup = disorder = 0
        for i in range(self.n):
            for s in self.senders:
                if s == i:
                    continue
                seq = self.got[i].get(self.names[s], [])
                unique = set(seq)
                lost += self.k - len(unique & set(range(self.k)))
                dup += len(seq) - len(unique)
                disorder += sum(1 for a, b in zip(seq, seq[1:], strict=False) if b < a)
        return {"lost": lost, "duplicates": dup, "out_of_order": disorder}

    def abort(self) -> None:
        for ws in self.conns:
            if ws is not None and ws.transport is not None:
                ws.transport.abort()
        for task in self.readers:
            task.cancel()


async def wait_event(event: asyncio.Event, timeout: float, room: Room, phase: str) -> None:
    """Wait for `event`, at most `timeout` s, and give up earlier if nothing arrives for STALL s."""
    deadline = time.monotonic() + timeout
    while not event.is_set():
        now = time.monotonic()
        if now > deadline or now - room.last_activity > STALL:
            waited = now - deadline + timeout
            print(f"    ({phase}: gave up waiting after {waited:.0f} s: {room.welcomes}/{room.n} welcomed,"
                  f" {room.synced}/{room.n - 1} synced, {room.delivered:,}/{room.expected:,} delivered)")
            return
        try:
            await asyncio.wait_for(event.wait(), 1.0)
        except TimeoutError:
            pass


async def drive(server: wsbench.ServerProc, path: str, opts, spy_out: str | None) -> dict:
    n = opts.members
    step = max(1, n // opts.senders)
    senders = [min(n - 1, 1 + i * step) for i in range(opts.senders)]
    room = Room(n, senders, opts.messages)
    url = server.url(path)
    try:
        cpu0, t0 = server.cpu(), time.perf_counter()
        await room.join(url)
        join_time = time.perf_counter() - t0
        cpu1 = server.cpu()
        await asyncio.sleep(0.5)  # let stray notices settle
        spy = wsbench.Spy(server.pid, spy_out) if spy_out else None
        cpu2 = server.cpu()
        await room.broadcast()
        cpu3 = server.cpu()
        if spy:
            spy.stop()
        span = (room.last_delivery - room.first_send) if room.delivered else float("nan")
        result = {
            "join_s": join_time, "notices": room.notices, "welcomes": room.welcomes,
            "notices_per_s": room.notices / join_time,
            "join_cpu_us": (cpu1 - cpu0) / max(room.notices, 1) * 1e6,
            "expected": room.expected, "delivered": room.delivered,
            "rate": room.delivered / span if span == span and span > 0 else 0.0,
            "span_s": span, "cpu_us": (cpu3 - cpu2) / max(room.delivered, 1) * 1e6,
            "closed_early": room.closed_early, **room.audit(),
        }
        if spy:
            result["profile"] = spy.summary()
        return result
    finally:
        server.kill()
        room.abort()
        await asyncio.sleep(0.1)


def start(kind: str, fds: int) -> tuple[wsbench.ServerProc, str]:
    if kind == "4D":
        return wsbench.run4d_server(CHAT, name="4D", fds=fds), "/chat"
    return wsbench.reference_server("chat", name="bare", fds=fds), "/chat"


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--rounds", type=int, default=2)
    p.add_argument("--members", type=int, default=1000)
    p.add_argument("--senders", type=int, default=5)
    p.add_argument("--messages", type=int, default=20, help="messages per sender")
    p.add_argument("--only", choices=["4D", "bare"], help="run one server only (no ratio)")
    p.add_argument("--profile", metavar="DIR", help="py-spy the 4D server during the first broadcast phase")
    opts = p.parse_args()

    fds = opts.members + 256
    have = wsbench.raise_fd_limit(fds)
    if have < fds:
        sys.exit(f"need {fds} file descriptors, the hard limit allows {have}")
    kinds = [opts.only] if opts.only else ["4D", "bare"]
    print(f"chat: {opts.members} members, {opts.senders} senders x {opts.messages} messages"
          f" -> {opts.senders * opts.messages * (opts.members - 1):,} deliveries per broadcast phase;"
          f" {opts.rounds} rounds\n")
    results: dict = {k: [] for k in kinds}
    for r in range(opts.rounds):
        for kind in (kinds if r % 2 == 0 else kinds[::-1]):
            server, path = start(kind, fds)
            spy_out = None
            if opts.profile and kind == "4D" and r == 0:
                os.makedirs(opts.profile, exist_ok=True)
                spy_out = os.path.join(opts.profile, "ws_chat_broadcast.txt")
            try:
                res = asyncio.run(drive(server, path, opts, spy_out))
            finally:
                server.stop()
                errors = [ln for ln in server.stderr().splitlines() if "error" in ln.lower()]
                server.cleanup()
            res["server_errors"] = len(errors)
            if errors:
                print(f"    the {kind} server reported {len(errors)} error(s), first: {errors[0][:300]}")
            results[kind].append(res)
            print(f"round {r + 1} {kind:4s}: join {res['join_s']:6.1f} s, {res['notices']:,} notices"
                  f" ({res['notices_per_s']:,.0f}/s, server CPU {res['join_cpu_us']:.1f} us each) | broadcast"
                  f" {res['delivered']:,}/{res['expected']:,} delivered in {res['span_s']:.2f} s"
                  f" = {res['rate']:,.0f}/s, server CPU {res['cpu_us']:.1f} us each | lost {res['lost']},"
                  f" duplicates {res['duplicates']}, out of order {res['out_of_order']},"
                  f" connections dropped {res['closed_early']}")
    print()
    fields = ("rate", "cpu_us", "notices_per_s", "join_cpu_us")
    med = {k: {f: wsbench.median([x[f] for x in v]) for f in fields} for k, v in results.items()}
    lost = {k: sum(x["lost"] + x["duplicates"] for x in v) for k, v in results.items()}
    for k in kinds:
        m = med[k]
        print(f"{k:4s}  broadcast {m['rate']:9,.0f} deliveries/s (server CPU {m['cpu_us']:5.1f} us each)"
              f"   join notices {m['notices_per_s']:9,.0f}/s (server CPU {m['join_cpu_us']:5.1f} us each)"
              f"   lost or duplicated over all rounds: {lost[k]}")
    if len(kinds) == 2:
        print(f"ratio 4D/bare: broadcast deliveries/s {med['4D']['rate'] / med['bare']['rate']:.2f}"
              f" (server CPU per delivery {med['4D']['cpu_us'] / med['bare']['cpu_us']:.1f}x),"
              f" join notices/s {med['4D']['notices_per_s'] / med['bare']['notices_per_s']:.2f}")
    print(f"zero lost messages (4D): {'YES' if lost.get('4D', 0) == 0 else 'NO'}")
    for k in kinds:
        for res in results[k]:
            if "profile" in res:
                print(f"\nprofile of the {k} server, broadcast phase ({opts.profile}):\n{res['profile']}")


if __name__ == "__main__":
    main()
