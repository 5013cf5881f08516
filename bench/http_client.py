"""Benchmark: 4D.HTTPRequest (and HTTP Get) against Python's http.client, same server, same run.

Usage: python bench/http_client.py [--rounds R] [--requests N]

A bare asyncio HTTP/1.1 server (bench/http_reference_server.py) runs in a
subprocess and answers every GET with the same small JSON. In this process,
alternately (interleaved rounds, the order flipping each round):

  4D.HTTPRequest  4D code run in-process by DocSession, as run4d runs it: N sequential
                  `4D.HTTPRequest.new(url; {agent: $agent}).wait()` on one keep-alive
                  agent, each response's body (an object) checked.
  HTTP Get        the same with the command `HTTP Get(url; $object; *)` (keep-alive).
  http.client     Python: one keep-alive HTTPConnection, N sequential GETs, each body read
                  and parsed with json.loads.

Each pass times N requests (4D: Milliseconds inside the 4D code). Reported:
requests/s per round, min/median/max over the rounds, and the ratios to
http.client (medians).
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import wsbench  # noqa: E402

sys.path.insert(0, wsbench.ROOT)

TIMEOUT = 300.0

REQUEST_BLOCK = """
var $agent : 4D.HTTPAgent
var $r : 4D.HTTPRequest
var $bad; $i : Integer
var $t0 : Real
$agent:=4D.HTTPAgent.new()
$t0:=Milliseconds
For ($i; 1; {n})
	$r:=4D.HTTPRequest.new("{url}"; {{agent: $agent}}).wait()
	If ($r.response.body.name#"run4d")
		$bad+=1
	End if
End for
ALERT("done "+String(Milliseconds-$t0)+" "+String($bad))
"""

GET_BLOCK = """
var $o : Object
var $bad; $i; $status : Integer
var $t0 : Real
$t0:=Milliseconds
For ($i; 1; {n})
	$status:=HTTP Get("{url}"; $o; *)
	If ($o.name#"run4d")
		$bad+=1
	End if
End for
ALERT("done "+String(Milliseconds-$t0)+" "+String($bad))
"""


class FourD:
    """The 4D side: one DocSession kept for the whole run."""

    def __init__(self) -> None:
        from interpreter.doctests.session import DocSession

        self.folder = tempfile.mkdtemp(prefix="httpbench-")
        self.session = DocSession(root=self.folder, http_port=None, timeout=TIMEOUT).start()

    def run(self, block: str, url: str, n: int) -> dict:
        out = self.session.out
        mark = len(out.lines)
        result = self.session.run(block.format(n=n, url=url), settle=False)
        if result.error is not None:
            raise RuntimeError(f"the 4D block failed: {result.error}; output: {result.output}")
        lines = out.wait_for(lambda ls: any(ln.startswith("done") for ln in ls[mark:]), TIMEOUT)
        _, ms, bad = next(ln for ln in lines[mark:] if ln.startswith("done")).split()
        if float(bad):
            raise AssertionError(f"{bad} responses did not match")
        self.session.settle()
        elapsed = float(ms) / 1000
        return {"elapsed": elapsed, "rate": n / elapsed}

    def stop(self) -> None:
        self.session.stop()


def python_client(port: int, n: int) -> dict:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    t0 = time.perf_counter()
    for _ in range(n):
        conn.request("GET", "/", headers={"Accept-Encoding": "gzip, deflate"})
        body = json.loads(conn.getresponse().read())
        if body["name"] != "run4d":
            raise AssertionError(body)
    elapsed = time.perf_counter() - t0
    conn.close()
    return {"elapsed": elapsed, "rate": n / elapsed}


def stats(values: list[float]) -> str:
    return f"min {min(values):7,.0f}  median {wsbench.median(values):7,.0f}  max {max(values):7,.0f}"


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--rounds", type=int, default=5)
    p.add_argument("--requests", type=int, default=2000)
    opts = p.parse_args()
    server = wsbench.ServerProc("bare", [wsbench.PY, os.path.join(wsbench.HERE, "http_reference_server.py")])
    url = f"http://127.0.0.1:{server.port}/"
    four_d = FourD()
    kinds = {"4D.HTTPRequest": lambda n: four_d.run(REQUEST_BLOCK, url, n),
             "HTTP Get": lambda n: four_d.run(GET_BLOCK, url, n),
             "http.client": lambda n: python_client(server.port, n)}
    print(f"server: bare asyncio HTTP/1.1 (pid {server.pid}, port {server.port}); "
          f"{opts.requests:,} sequential keep-alive GETs per pass, {opts.rounds} rounds\n")
    rows: dict = {k: [] for k in kinds}
    try:
        for run in kinds.values():
            run(200)  # warm-up
        for r in range(opts.rounds):
            order = list(kinds) if r % 2 == 0 else list(reversed(kinds))
            for who in order:
                rows[who].append(kinds[who](opts.requests)["rate"])
            print(f"round {r + 1}: " + "   ".join(f"{k} {rows[k][-1]:7,.0f} req/s" for k in kinds))
        print()
        for k in kinds:
            print(f"{k:15} {stats(rows[k])} req/s")
        ref = wsbench.median(rows["http.client"])
        for k in ("4D.HTTPRequest", "HTTP Get"):
            print(f"ratio {k} / http.client (medians): {wsbench.median(rows[k]) / ref:.2f}")
    finally:
        four_d.stop()
        server.stop()
        server.cleanup()


if __name__ == "__main__":
    main()
