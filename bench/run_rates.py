"""How much real 4D code RUNS: each parameterless project method, one fresh run each (a measuring
script, not a test).

usage: python bench/run_rates.py CORPUS_DIR [--repos A,B] [--all] [--timeout S] [--json OUT] [--cli]

For each modern repository of CORPUS_DIR (all with --all), the project is copied to a temporary
folder (the corpus stays read only; HOME, XDG_* and TMPDIR point into that folder too), and each
project method that takes no parameter (no `#DECLARE` parameter, no `$1`.., `${`, `Count parameters`)
runs in a fresh dataless run, as tool4d's command line does:

    run4d --project P --startup-method M --dataless --skip-onstartup

Outcomes: ok (the run ends with status 0), 4d-error (an error of the code itself, or an error the
code raised on purpose), not-supported (-10790: a command run4d only parses), compile-error (the
project does not compile: run4d runs nothing then, exit 65), internal (a Python error inside run4d),
timeout (still running after --timeout seconds: servers, dialogs waiting for a user, loops).

Speed: by default the project is compiled once and each run is a fork of that process running the
CLI's own `run_layout` (its compile cache is warm); --cli runs the `run4d` command line instead
(exact but slow). A second count, "lenient", runs every method whose own file compiles even when
other files of the project do not, to show what stands behind the compile errors.
"""

from __future__ import annotations

import collections
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time

MODERN = ["4d+4D-SVG", "4d+4D-Mobile-App", "4d+4D-Progress", "4d+4D-Widgets", "4d+4D-ViewPro",
          "vdelachaux+4DPop-AppMaker", "KyleKincer+testing", "vdelachaux+unit-tests-with-Classes",
          "KirkBrooks+gedcom_parser", "ThomasMaul+ErrorHandler", "4d-depot+HDI_HTTP_RequestHandler",
          "4d+4D-Mobile-App-Server"]
OUTCOMES = ["ok", "4d-error", "not-supported", "compile-error", "internal", "timeout"]
_PARAMS = re.compile(r"\$\d+\b|\$\{|#DECLARE\s*\(\s*[^)\s]|Count parameters", re.I)
_ERROR = re.compile(r"error (-?\d+):")


def find_project(repo: str) -> str | None:
    """The .4DProject of a repository (the shallowest one; components inside are not the project)."""
    found = []
    for root, dirs, names in os.walk(repo):
        dirs[:] = [d for d in dirs if d != ".git"]
        found += [os.path.join(root, f) for f in names if f.endswith(".4DProject")]
    return min(found, key=lambda p: p.count(os.sep)) if found else None


def parameterless_methods(project_file: str) -> list[str]:
    folder = os.path.join(os.path.dirname(project_file), "Sources", "Methods")
    out = []
    for f in sorted(os.listdir(folder)) if os.path.isdir(folder) else ():
        if f.endswith(".4dm"):
            with open(os.path.join(folder, f), encoding="utf-8", errors="replace") as h:
                if not _PARAMS.search(h.read()):
                    out.append(f[:-4])
    return out


def classify(status: int | None, stderr: str) -> tuple[str, str]:
    """(outcome, first error line) of one run."""
    first = next((line for line in stderr.splitlines() if "error" in line), "")
    if status is None:
        return "timeout", first
    if status == 65:
        return "compile-error", first
    if "internal error" in stderr:
        return "internal", next(line for line in stderr.splitlines() if "internal error" in line)
    m = _ERROR.search(stderr)
    if m and m.group(1) == "-10790":
        return "not-supported", first
    if status == 0:
        return "ok", ""
    return "4d-error", first


def _sandbox_env(tmp: str) -> dict:
    env = dict(os.environ)
    for var, sub in (("HOME", "home"), ("XDG_CONFIG_HOME", "home/.config"), ("XDG_DATA_HOME", "home/.local/share"),
                     ("XDG_CACHE_HOME", "home/.cache"), ("TMPDIR", "tmp")):
        path = os.path.join(tmp, sub)
        os.makedirs(path, exist_ok=True)
        env[var] = path
    env["RUN4D_CACHE"] = "off"
    return env


def _opts(project: str, method: str):
    from interpreter.cli.main import build_parser

    opts = build_parser().parse_args(["--project", project, "--startup-method", method, "--dataless",
                                      "--skip-onstartup"])
    opts.target = opts.project  # as interpreter.cli.main does
    return opts


def _lenient_load(program, files, names=None, optional=(), failing=None):
    """loader.load, keeping every unit that compiled (the bench's lenient count); the files with
    errors are added to `failing`."""
    from runtime.errors import CompileErrors

    failing = set() if failing is None else failing
    units = {}
    for path in list(files):
        program.declare_name(os.path.splitext(os.path.basename(path))[0])
    for path in list(files):
        with open(path, encoding="utf-8-sig", errors="replace") as f:
            text = f.read()
        try:
            units[path] = program.parse_unit(text, path, (names or {}).get(path)
                                             or os.path.splitext(os.path.basename(path))[0])
        except CompileErrors:
            failing.add(os.path.abspath(path))
            continue
    for unit in units.values():
        program.declare(unit)
    for path, unit in units.items():
        try:
            program.compile_units([unit])
        except CompileErrors as e:
            failing.update(os.path.abspath(x.path or path) for x in e.errors)
    return units


def _warm_cache(project: str) -> set[str]:
    """Compile the project once here (each forked run then finds its units in the memory cache);
    return the files with compile errors."""
    import threading

    from interpreter.compiler.loader import layout_for
    from interpreter.compiler.program import Program

    layout = layout_for(project)
    failing: set[str] = set()
    _lenient_load(Program(), layout.files, layout.names, failing=failing)
    if threading.active_count() > 1:
        print("run_rates: threads running before fork; results may be unreliable", file=sys.stderr)
    return failing


def _fork_run(project: str, method: str, timeout: float, lenient: bool) -> tuple[int | None, str]:
    """Run one method in a forked child; (exit status or None on timeout, stderr)."""
    err = tempfile.TemporaryFile()
    out = open(os.devnull, "w")
    pid = os.fork()
    if pid == 0:  # the child: a fresh run, as the command line would do it
        try:
            os.dup2(out.fileno(), 1)
            os.dup2(err.fileno(), 2)
            from interpreter.cli import runner

            if lenient:
                runner.load = _lenient_load
            code = runner.run(_opts(project, method), [])
            sys.stdout.flush()
            sys.stderr.flush()
        except BaseException as e:  # noqa: BLE001 (a measuring child reports everything)
            print(f"run4d: internal error: {type(e).__name__}: {e}", file=sys.stderr)
            sys.stderr.flush()
            code = 70
        os._exit(code if isinstance(code, int) else 70)
    deadline = time.monotonic() + timeout
    status = None
    while time.monotonic() < deadline:
        done, raw = os.waitpid(pid, os.WNOHANG)
        if done:
            status = os.waitstatus_to_exitcode(raw)
            break
        time.sleep(0.05)
    if status is None:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
    err.seek(0)
    text = err.read().decode("utf-8", "replace")
    err.close()
    out.close()
    return status, text


def _cli_run(project: str, method: str, timeout: float, env: dict) -> tuple[int | None, str]:
    cmd = [sys.executable, "-m", "interpreter.cli", "--project", project, "--startup-method", method,
           "--dataless", "--skip-onstartup"]
    try:
        p = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, env=env,
                           cwd=os.path.dirname(project))
    except subprocess.TimeoutExpired as e:
        return None, (e.stderr or b"").decode("utf-8", "replace") if isinstance(e.stderr, bytes) else ""
    return p.returncode, p.stderr


def measure_repo(repo_dir: str, timeout: float, cli: bool) -> dict:
    """Copy the repository, run each parameterless method; {"strict": Counter, "lenient": Counter, ...}."""
    with tempfile.TemporaryDirectory(prefix="run_rates_") as tmp:
        copy = os.path.join(tmp, "repo")
        shutil.copytree(repo_dir, copy, ignore=shutil.ignore_patterns(".git"), symlinks=True)
        project = find_project(copy)
        if project is None:
            return {"methods": 0}
        methods = parameterless_methods(project)
        env = _sandbox_env(tmp)
        os.environ.update({k: env[k] for k in ("HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME",
                                               "TMPDIR")})
        os.environ["RUN4D_CACHE"] = "off"
        os.chdir(os.path.dirname(project))
        failing = _warm_cache(project)
        result = {"methods": len(methods), "files_with_errors": len(failing), "runs": {}}
        strict, lenient = collections.Counter(), collections.Counter()
        for method in methods:
            if cli:
                status, stderr = _cli_run(project, method, timeout, env)
            else:
                status, stderr = _fork_run(project, method, timeout, lenient=False)
            s = classify(status, stderr)
            strict[s[0]] += 1
            own = os.path.abspath(os.path.join(os.path.dirname(project), "Sources", "Methods", method + ".4dm"))
            if s[0] != "compile-error":
                lz = s
            elif own in failing:
                lz = ("compile-error", "its own file")
            else:
                lz = classify(*_fork_run(project, method, timeout, lenient=True))
                if lz[0] == "internal" and "KeyError: 'M_" in lz[1]:
                    lz = ("compile-error", "calls a method that does not compile: " + lz[1])
            lenient[lz[0]] += 1
            result["runs"][method] = {"strict": s, "lenient": lz}
        result["strict"], result["lenient"] = strict, lenient
        return result


def _line(name: str, counts: collections.Counter, n: int) -> str:
    cells = " ".join(f"{counts.get(o, 0):>6}" for o in OUTCOMES)
    rate = 100 * counts.get("ok", 0) / n if n else 0.0
    return f"{name[:34]:34} {n:>5} {cells} {rate:6.1f} %"


def main(argv: list[str]) -> int:
    corpus = os.path.abspath(argv[0])
    timeout = float(argv[argv.index("--timeout") + 1]) if "--timeout" in argv else 10.0
    if "--repos" in argv:
        repos = argv[argv.index("--repos") + 1].split(",")
    elif "--all" in argv:
        repos = sorted(d for d in os.listdir(corpus) if os.path.isdir(os.path.join(corpus, d)))
    else:
        repos = [r for r in MODERN if os.path.isdir(os.path.join(corpus, r))]
    here = os.getcwd()
    results = {}
    for repo in repos:
        # Each repository in a child of its own: loaded modules and settings never leak between projects.
        r, w = os.pipe()
        pid = os.fork()
        if pid == 0:
            os.close(r)
            try:
                data = measure_repo(os.path.join(corpus, repo), timeout, "--cli" in argv)
            except BaseException as e:  # noqa: BLE001
                data = {"methods": 0, "error": f"{type(e).__name__}: {e}"}
            with os.fdopen(w, "w") as f:
                json.dump(data, f)
            os._exit(0)
        os.close(w)
        with os.fdopen(r) as f:
            text = f.read()
        os.waitpid(pid, 0)
        os.chdir(here)
        results[repo] = json.loads(text) if text else {"methods": 0, "error": "no result"}
    for mode in ("strict", "lenient"):
        print(f"\n{mode}: " + ("the command line's outcome" if mode == "strict" else
                               "every method whose own file compiles runs, whatever the other files"))
        print(f"{'repository':34} {'runs':>5} " + " ".join(f"{o[:6]:>6}" for o in OUTCOMES) + "  ok rate")
        total = collections.Counter()
        n_all = 0
        for repo, data in results.items():
            counts = collections.Counter(data.get(mode, {}))
            total += counts
            n_all += data.get("methods", 0)
            print(_line(repo, counts, data.get("methods", 0)) + (f"  ({data['error']})" if "error" in data else ""))
        print(_line("all", total, n_all))
    if "--json" in argv:
        with open(argv[argv.index("--json") + 1], "w") as f:
            json.dump(results, f, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
