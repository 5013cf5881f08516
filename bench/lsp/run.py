"""Benchmarks of `run4d lsp`: diagnostics latency on a big method, memory on a big project.

Usage (from the repository root, with the project's virtual env):

    python bench/lsp/run.py latency [--lines 5000] [--rounds 12]
    python bench/lsp/run.py memory [--files 2000]

latency: a generated method of --lines lines in a scratch project is opened
in `run4d lsp` (a subprocess, driven over stdio); each round sends one
didChange (typing a character in a line, inserting a line near the top,
breaking then fixing a statement) and times it until the publishDiagnostics
of that version. The server is run twice, with the default debounce (80 ms,
included in the times) and with none. The reference, measured in the same
run, is what a non-incremental server would do for each change: parse and
check the whole file from scratch (in this process). A phase breakdown of
one edit, in this process, says what dominates.

memory: a generated project of --files files (classes and methods calling
each other) is opened; the server checks them all (the bench waits for the
end of its progress report) and its resident memory is read from /proc,
against a server started on an empty folder in the same run.
"""

from __future__ import annotations

import argparse
import gc
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("RUN4D_TEST_TIMEOUT_FACTOR", "10")  # the client's default waits (initialize...)

from tests.lsp.client import LspClient  # noqa: E402


def big_method(lines: int) -> str:
    out = ["//%attributes = {}", "#DECLARE($n : Integer) : Text", "var $i; $total : Integer", "var $t : Text",
           "var $o : Object", "var $c : Collection", "var $g : cs.Greeter", '$g:=cs.Greeter.new("bench")']
    k = 0
    while len(out) < lines - 1:
        k += 1
        out += [f"$total:=$total+{k}", f"If ($total>{k * 3})", f'\t$t:=$t+String($total)+"x{k}"', "Else",
                f'\t$o:=New object("k{k}"; $i)', "End if", f"For ($i; 1; {k % 7 + 2})",
                "\t$c:=New collection($i; $total)", "End for", "$t:=$g.hello(Substring($t; 1; 10))"]
    out.append("return $t")
    return "\n".join(out[:lines - 1] + ["return $t"]) + "\n"


GREETER = "property name : Text\nClass constructor($n : Text)\n\tThis.name:=$n\nFunction hello($w : Text) : Text\n" \
          "\treturn \"Hello \"+$w\n"


def scratch_project(base: Path, method: str) -> Path:
    sources = base / "Bench" / "Project" / "Sources"
    (sources / "Classes").mkdir(parents=True)
    (sources / "Methods").mkdir()
    (sources / "Classes" / "Greeter.4dm").write_text(GREETER, encoding="utf-8")
    (sources / "Methods" / "big.4dm").write_text(method, encoding="utf-8")
    return base / "Bench"


def edits(text: str, rounds: int) -> list[tuple[str, str]]:
    """(label, new full text) for each round: typing, inserting a line, breaking, fixing."""
    lines = text.split("\n")
    out = []
    current = list(lines)
    for r in range(rounds):
        kind = ("type", "insert", "break", "fix")[r % 4]
        if kind == "type":
            i = 2000 + r
            current[i] = current[i].replace("$total+", f"$total+{r}+", 1) if "$total+" in current[i] \
                else current[i] + " "
        elif kind == "insert":
            current.insert(20, f"$t:=$t+\"{r}\"")
        elif kind == "break":
            saved = current[3000]
            current[3000] = "If ($total>"
        else:
            current[3000] = saved
        out.append((kind, "\n".join(current)))
    return out


def measure_server(project: Path, method: Path, changes, debounce_ms: int | None) -> dict[str, list[float]]:
    opts = {} if debounce_ms is None else {"debounce": debounce_ms}
    c = LspClient(project, init_options=opts)
    times: dict[str, list[float]] = {}
    try:
        c.open(method)
        c.diagnostics(method, timeout=600)
        previous = method.read_text(encoding="utf-8")
        for kind, text in changes:
            cpu = cpu_seconds(c.proc.pid)
            sent = _send_edit(c, method, previous, text)
            previous = text
            at, _diags = c.diagnostics(method, since=sent, timeout=600)
            times.setdefault(kind, []).append(at - sent)
            times.setdefault("all", []).append(at - sent)
            times.setdefault("cpu", []).append(cpu_seconds(c.proc.pid) - cpu)
    finally:
        c.close()
    return times


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process so far (from /proc)."""
    with open(f"/proc/{pid}/stat", encoding="ascii") as fh:
        fields = fh.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _send_edit(c: LspClient, path: Path, old: str, new: str) -> float:
    """Send the change as an editor does: one range of lines replaced (incremental sync)."""
    a, b = old.split("\n"), new.split("\n")
    top = 0
    while top < min(len(a), len(b)) and a[top] == b[top]:
        top += 1
    bottom = 0
    while bottom < min(len(a), len(b)) - top and a[-1 - bottom] == b[-1 - bottom]:
        bottom += 1
    u = path.resolve().as_uri()
    c.versions[u] = c.versions.get(u, 1) + 1
    rng = {"start": {"line": top, "character": 0}, "end": {"line": len(a) - bottom, "character": 0}}
    text = "".join(line + "\n" for line in b[top:len(b) - bottom])
    sent = time.perf_counter()
    c.notify("textDocument/didChange", {"textDocument": {"uri": u, "version": c.versions[u]},
                                        "contentChanges": [{"range": rng, "text": text}]})
    return sent


def reference(method: Path, changes) -> list[float]:
    """A non-incremental check of each version: parse and check the whole file anew."""
    from interpreter.lsp.checker import CheckProgram, StatementCache, check_file
    from interpreter.lsp.incremental import FileParser

    program = CheckProgram()
    program.declare_class("Greeter")
    out = []
    for _kind, text in changes:
        t0 = time.perf_counter()
        check_file(program, FileParser(str(method)).parse(text), "big", StatementCache())
        out.append(time.perf_counter() - t0)
    return out


def phases(project: Path, method: Path, changes) -> dict[str, float]:
    """Where the time of one incremental edit goes (this process, same code as the server)."""
    from interpreter.lsp import lint, symbols
    from interpreter.lsp.checker import check_file
    from interpreter.lsp.workspace import Workspace

    ws = Workspace(str(project))
    for path in ws.discover():
        ws.check(path)
    path = str(method)
    st = ws.state(path)
    ws.set_text(path, method.read_text(encoding="utf-8"), 1)
    ws.check(path)
    totals: dict[str, list[float]] = {}
    gc.set_threshold(10_000, 20, 10)  # the server's collector settings (server.py Worker)
    clock = time.process_time  # CPU time: this thread alone, less disturbed by a loaded machine
    for version, (_kind, text) in enumerate(changes, 2):
        gc.freeze()
        ws.set_text(path, text, version)
        t0 = clock()
        parsed = ws.parsed(path)
        t1 = clock()
        syms = symbols.file_symbols(parsed, st.name)
        t2 = clock()
        check_file(ws.program, parsed, st.name, st.cache)
        t3 = clock()
        if parsed.ok:
            lint.member_warnings(ws, parsed, syms)
        t4 = clock()
        for name, dt in (("parse (scan, changed statements, move)", t1 - t0), ("symbols", t2 - t1),
                         ("check (PreScan of the function + changed statements)", t3 - t2),
                         ("lint (typed member calls)", t4 - t3), ("all", t4 - t0)):
            totals.setdefault(name, []).append(dt)
    gc.unfreeze()
    return {k: statistics.median(v) for k, v in totals.items()}


def fmt(values: list[float]) -> str:
    ms = [v * 1000 for v in values]
    return f"min {min(ms):7.1f}  median {statistics.median(ms):7.1f}  max {max(ms):7.1f} ms  (n={len(ms)})"


def latency(args) -> None:
    text = big_method(args.lines)
    with tempfile.TemporaryDirectory() as tmp:
        project = scratch_project(Path(tmp), text)
        method = project / "Project" / "Sources" / "Methods" / "big.4dm"
        changes = edits(text, args.rounds)
        print(f"method: {args.lines} lines; {args.rounds} changes (type, insert a line, break, fix); "
              f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
        ref = reference(method, changes)
        debounced = measure_server(project, method, changes, None)
        immediate = measure_server(project, method, changes, 0)
        ref2 = reference(method, changes)
        print(f"didChange -> publishDiagnostics, debounce 80 ms: {fmt(debounced['all'])}")
        print(f"didChange -> publishDiagnostics, no debounce:    {fmt(immediate['all'])}")
        print(f"server CPU time per change (no debounce):        {fmt(immediate['cpu'])}")
        for kind in ("type", "insert", "break", "fix"):
            if kind in immediate:
                print(f"    {kind:6} (no debounce): {fmt(immediate[kind])}")
        ref_all = ref + ref2
        print(f"load average at the end: {os.getloadavg()[0]:.1f}")
        print(f"reference, whole-file parse + check in process:  {fmt(ref_all)}")
        print(f"ratio incremental (no debounce) / whole file, medians: "
              f"{statistics.median(immediate['all']) / statistics.median(ref_all):.2f}")
        print("one edit, by phase (CPU medians, in process, over the same changes):")
        for name, dt in phases(project, method, changes).items():
            print(f"    {name:55} {dt * 1000:7.1f} ms")


def generated_project(base: Path, files: int) -> Path:
    sources = base / "Big" / "Project" / "Sources"
    (sources / "Classes").mkdir(parents=True)
    (sources / "Methods").mkdir()
    classes = max(1, files // 10)
    for k in range(classes):
        parent = f"Class extends C{k - 1}\n" if k % 5 else ""
        (sources / "Classes" / f"C{k}.4dm").write_text(
            f"{parent}property name{k} : Text\nproperty items : Collection\n\n"
            f"Class constructor($n : Text)\n{'	Super($n)' if k % 5 else ''}\n\tThis.name{k}:=$n\n\tThis.items:=[]\n\n"
            f"Function add{k}($v : Variant) : cs.C{k}\n\tThis.items.push($v)\n\treturn This\n\n"
            f"Function total{k}() : Real\n\treturn This.items.sum()\n", encoding="utf-8")
    for k in range(files - classes):
        c = k % classes
        body = ["#DECLARE($a : Integer; $b : Text) : Real", f"var $o : cs.C{c}", f'$o:=cs.C{c}.new($b)']
        body += [f"$o.add{c}($a+{j})" for j in range(10)]
        body += ["If ($a>0)", f"\treturn m{k - 1}($a-1; $b)+$o.total{c}()" if k else "\treturn $a", "End if",
                 f"return $o.total{c}()"]
        (sources / "Methods" / f"m{k}.4dm").write_text("\n".join(body) + "\n", encoding="utf-8")
    return base / "Big"


def rss_kb(pid: int) -> tuple[int, int]:
    fields = {}
    with open(f"/proc/{pid}/status", encoding="ascii") as fh:
        for line in fh:
            name, _, value = line.partition(":")
            fields[name] = value.strip()
    return int(fields["VmRSS"].split()[0]), int(fields["VmHWM"].split()[0])


def wait_checked(c: LspClient, timeout: float) -> float:
    t0 = time.perf_counter()
    c.wait_notification(lambda m: m.get("method") == "$/progress" and m["params"]["value"].get("kind") == "end",
                        timeout)
    return time.perf_counter() - t0


def memory(args) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        empty = Path(tmp) / "empty"
        empty.mkdir()
        c = LspClient(empty)
        c.request("workspace/symbol", {"query": "x"})
        base_rss, base_peak = rss_kb(c.proc.pid)
        c.close()
        project = generated_project(Path(tmp), args.files)
        t0 = time.perf_counter()
        c = LspClient(project)
        took = wait_checked(c, 3600)
        rss, peak = rss_kb(c.proc.pid)
        t1 = time.perf_counter()
        found = c.request("workspace/symbol", {"query": "total1"})
        t2 = time.perf_counter()
        main = project / "Project" / "Sources" / "Methods" / "m5.4dm"
        c.open(main)
        c.diagnostics(main, timeout=600)
        refs = c.at("textDocument/references", main, 4, 4, context={"includeDeclaration": True})
        t3 = time.perf_counter()
        c.close()
        print(f"project: {args.files} files ({args.files // 10} classes), checked in {took:.1f} s "
              f"(start to end of progress {t1 - t0:.1f} s)")
        print(f"server RSS after checking: {rss / 1024:.1f} MiB (peak {peak / 1024:.1f} MiB); "
              f"empty folder: {base_rss / 1024:.1f} MiB (peak {base_peak / 1024:.1f} MiB)")
        print(f"per file: {(rss - base_rss) / args.files:.1f} KiB")
        print(f"workspace/symbol over the project: {(t2 - t1) * 1000:.0f} ms ({len(found)} found); "
              f"open + references of a class function: {(t3 - t2) * 1000:.0f} ms ({len(refs)} found)")


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = p.add_subparsers(dest="what", required=True)
    lat = sub.add_parser("latency")
    lat.add_argument("--lines", type=int, default=5000)
    lat.add_argument("--rounds", type=int, default=12)
    mem = sub.add_parser("memory")
    mem.add_argument("--files", type=int, default=2000)
    args = p.parse_args()
    latency(args) if args.what == "latency" else memory(args)


if __name__ == "__main__":
    main()
