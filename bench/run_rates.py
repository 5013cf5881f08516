"""How much real 4D code RUNS: each parameterless project method, one fresh run each (a measuring
script, not a test).

usage: python bench/run_rates.py CORPUS_DIR [--repos A,B] [--all] [--timeout S] [--json OUT] [--cli]
                                 [--components DIR,DIR...]

For each modern repository of CORPUS_DIR (all with --all), the project is copied to a temporary
folder (the corpus stays read only; HOME, XDG_* and TMPDIR point into that folder too), and each
project method that takes no parameter (no `#DECLARE` parameter, no `$1`.., `${`, `Count parameters`)
runs in a fresh dataless run, as tool4d's command line does:

    run4d --project P --startup-method M --dataless --skip-onstartup

Outcomes: ok (the run ends with status 0), 4d-error (an error of the code itself, or an error the
code raised on purpose), not-supported (-10790: a command run4d only parses), compile-error (the
project does not compile: run4d runs nothing then, exit 65), internal (a Python error inside run4d),
timeout (still running after --timeout seconds: servers, dialogs waiting for a user, loops).

--components DIR,...: each DIR is a component's project (e.g. a copy of 4D SVG); it is installed in
every copied project as a developer would, `Components/<name>.4dbase` (name: its .4DProject's), unless
the project already ships a component of that name. The components' own files are compiled with the
project (a component that does not compile makes the project's methods compile errors, as in a run).

Speed: by default the project is compiled once (as the command line compiles it) and each run is a
fork of that process doing what the CLI's `run_layout` does after compiling; --cli runs the `run4d`
command line instead (exact but slow: it compiles the whole project for every method). Two counts:
"strict" is the rule the command line had until 2026-12-02 (a project with any file that does not
compile runs nothing: every method counts as compile-error; a file with a line naming something
run4d does not know counts as not compiling, as it did then); "lenient" is the command line's rule
now, tool4d's (a project runs interpreted: a method whose own file does not compile is a
compile-error, exit 65; the others run, and calling a method or class of a file that does not
compile raises -10791).
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
    if m is None:  # run4d stopped the run itself (a datastore it cannot open...): not the code's error
        return "internal", next((line for line in stderr.splitlines() if line.strip()), "")
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


def _load(project: str):
    """Compile the project once, as the command line does; (layout, program, compiles, failing files).

    The load is the command line's (tolerant): the files with errors are in `program.compile_errors`.
    """
    import threading

    from interpreter.compiler.loader import layout_for, load
    from interpreter.compiler.program import Program
    from runtime.errors import CompileErrors

    layout = layout_for(project)
    program = Program()
    program.missing_components = list(layout.component_problems)
    failing: set[str] = set()
    try:
        load(program, layout.files, layout.names, layout.optional, layout.components, tolerant=True)
    except CompileErrors as e:  # what even a tolerant load cannot go on with
        program.compile_errors = e.errors
    # "strict" keeps the former rule: a line naming something run4d does not know (which a project
    # run now lets fail when it runs: program.late_errors) made its file not compile then.
    compiles = not program.compile_errors and not getattr(program, "late_errors", None)
    failing = {os.path.abspath(x.path) for x in program.compile_errors if x.path}
    strict_failing = failing | {os.path.abspath(x.path) for x in getattr(program, "late_errors", ()) if x.path}
    if threading.active_count() > 1:
        print("run_rates: threads running before fork; results may be unreliable", file=sys.stderr)
    return layout, program, compiles, failing, strict_failing


def _run_loaded(layout, program, project: str, method: str) -> int:
    """What interpreter.cli.runner.run_layout does after compiling: a fresh run of one method."""
    from interpreter.cli import runner
    from runtime import lifecycle

    opts = _opts(project, method)
    lifecycle.reset()
    program.install_hooks()
    runner.app_context(layout, opts, [])
    code = runner._open_datastore(program, layout, opts)
    if code:
        return code
    if not program.has_method(method):
        print(f"run4d: internal error: KeyError: 'M_{method}' (the method did not compile)", file=sys.stderr)
        return 70
    events = runner._host_database_events(program, layout, opts)  # components' On Host Database Event

    def main() -> None:
        events(1)
        events(2)
        program.call_method(method, ())

    if events is not runner._no_events:
        lifecycle.set_on_exit(lambda: (events(3), events(4)))
    return lifecycle.run_main(main, debug=False, settings=runner._settings(opts, layout))


def _fork_run(layout, program, project: str, method: str, timeout: float) -> tuple[int | None, str]:
    """Run one method in a forked child of the process that compiled the project; (exit status or
    None on timeout, stderr)."""
    err = tempfile.TemporaryFile()
    out = open(os.devnull, "w")
    pid = os.fork()
    if pid == 0:  # the child: a fresh run, as the command line would do it
        try:
            os.dup2(out.fileno(), 1)
            os.dup2(err.fileno(), 2)
            code = _run_loaded(layout, program, project, method)
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


def install_components(project: str, components: list[str]) -> list[str]:
    """Copy each component project into the project's Components folder as `<name>.4dbase` (its
    .4DProject's name), as a developer installs one; the names installed."""
    installed = []
    folder = os.path.join(os.path.dirname(os.path.dirname(project)), "Components")
    for comp in components:
        found = find_project(comp)
        if found is None:
            continue
        name = os.path.splitext(os.path.basename(found))[0]
        target = os.path.join(folder, name + ".4dbase")
        if os.path.exists(target):
            continue  # the project ships its own copy
        shutil.copytree(os.path.dirname(os.path.dirname(found)), target,
                        ignore=shutil.ignore_patterns(".git"), symlinks=True)
        installed.append(name)
    return installed


def measure_repo(repo_dir: str, timeout: float, cli: bool, components: list[str] = ()) -> dict:
    """Copy the repository, run each parameterless method; {"strict": Counter, "lenient": Counter, ...}."""
    with tempfile.TemporaryDirectory(prefix="run_rates_") as tmp:
        copy = os.path.join(tmp, "repo")
        shutil.copytree(repo_dir, copy, ignore=shutil.ignore_patterns(".git"), symlinks=True)
        project = find_project(copy)
        if project is None:
            return {"methods": 0}
        if components:
            install_components(project, components)
        methods = parameterless_methods(project)
        env = _sandbox_env(tmp)
        os.environ.update({k: env[k] for k in ("HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME",
                                               "TMPDIR")})
        os.environ["RUN4D_CACHE"] = "off"
        os.chdir(os.path.dirname(project))
        started = time.monotonic()
        layout, program, compiles, failing, strict_failing = (_load(project) if not cli
                                                               else (None, None, True, set(), set()))
        result = {"methods": len(methods), "files_with_errors": len(failing), "runs": {},
                  "compile_seconds": round(time.monotonic() - started, 1)}
        strict, lenient = collections.Counter(), collections.Counter()
        for method in methods:
            own = os.path.abspath(os.path.join(os.path.dirname(project), "Sources", "Methods", method + ".4dm"))
            if cli:
                s = classify(*_cli_run(project, method, timeout, env))
                lz = s
            else:
                run = classify(*_fork_run(layout, program, project, method, timeout))
                if own in failing:
                    lz = ("compile-error", "its own file")
                else:
                    lz = run
                    if lz[0] in ("internal", "4d-error") and ("KeyError: 'M_" in lz[1] or "name 'M_" in lz[1]):
                        lz = ("compile-error", "calls a method that does not compile: " + lz[1])
                s = lz if compiles else ("compile-error",
                                         f"{len(strict_failing)} file(s) of the project do not compile")
            strict[s[0]] += 1
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
    components = [os.path.abspath(c) for c in argv[argv.index("--components") + 1].split(",")] \
        if "--components" in argv else []
    here = os.getcwd()
    results = {}
    for repo in repos:
        # Each repository in a child of its own: loaded modules and settings never leak between projects.
        r, w = os.pipe()
        pid = os.fork()
        if pid == 0:
            os.close(r)
            try:
                data = measure_repo(os.path.join(corpus, repo), timeout, "--cli" in argv, components)
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
        print(f"\n{mode}: " + ("the whole project must compile (the command line's rule until 2026-12-02)"
                               if mode == "strict" else
                               "the command line's outcome: every method whose own file compiles runs"))
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
