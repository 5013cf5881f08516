"""`run4d --help` and `run4d --version`: every mode, option, exit code and environment variable.

Stage: top level (CLI text only). ENVIRONMENT lists every RUN4D_* variable
the code reads; tests/test_cli.py checks that none is missing.
"""

from __future__ import annotations

import platform
from importlib import metadata


def version() -> str:
    try:
        return metadata.version("run4d")
    except metadata.PackageNotFoundError:  # run from a source tree that was never installed
        return "0+unknown"

MODES = """\
usage:
  run4d FILE.4dm [OPTIONS] [-- PARAMS...]   run a method (classes from Classes/ and the files beside it);
                                            a class file with onConnection is served as a WSSHandler
  run4d PROJECT [OPTIONS]                   run a 4D project: On Startup, then --startup-method
  run4d --project PATH [OPTIONS]            the same, as tool4d writes it (PATH: Project/App.4DProject,
                                            the Project folder or the folder holding it)
  run4d --check [--strict] [--format json] PATHS...
                                            parse and compile only; report every error and warning
  run4d test [-k EXPR] [--junit-xml FILE] PAGES_OR_FOLDERS...
                                            run the ```4d blocks of Markdown pages as tests
  run4d lsp [--tcp PORT]                    the language server (LSP on stdio, or on 127.0.0.1:PORT);
                                            editors: docs/editors.md
  run4d [repl]                              the REPL (lines piped in are answered one by one)
  run4d --version | -v                      print the version and exit
  run4d --help | -h | -?                    print this text and exit
"""

OPTIONS = """\
options of a run (tool4d's names; see docs/tool4d.md):
  --startup-method NAME   a project method run after On Startup (in the main process)
  --method NAME           run NAME instead of On Startup (run4d's short form)
  --skip-onstartup        run neither On Startup nor On Exit
  --user-param TEXT       read back with Get database parameter(User param value)
  --dataless              no data file: the datastore lives in memory for the run
  --data PATH             the data file or folder to use (default: the project's Data folder)
  --opening-mode MODE     interpreted or compiled: accepted, run4d always compiles to Python
  --create-data, --headless
                          accepted: run4d creates data on demand and is always headless
  --http-port N, --http-host ADDR, --web-root DIR
                          the Web server's port, address and static folder
  --path P, --data-type T with a WSSHandler class file: the WebSocket server's path and dataType
  --debug                 show Python tracebacks of internal errors
"""

EXIT_CODES = """\
exit codes:
  0    success (or the number given to QUIT 4D(n), see docs/tool4d.md)
  64   bad usage (unknown option, missing file or method)
  65   syntax or compile error
  70   an error no handler caught
  130  interrupted (Ctrl-C or SIGTERM)
"""

ENVIRONMENT = {
    "RUN4D_DATASTORE": "where ds keeps its data when --datastore is not given: a PostgreSQL connection string, "
                       "a SQLite file or :memory:",
    "RUN4D_HTTP_PORT": "port of the Web server when --http-port is not given",
    "RUN4D_WS_MAX_SIZE": "largest WebSocket message accepted, in bytes (0: no limit)",
    "RUN4D_WS_SEND_BUFFER": "bytes waiting to be sent on one WebSocket before it fails with 1008 (0: no limit)",
    "RUN4D_WS_PING_INTERVAL": "seconds between WebSocket pings (0: none)",
    "RUN4D_WS_PING_TIMEOUT": "seconds to wait for a pong before closing",
    "RUN4D_WS_CLOSE_TIMEOUT": "seconds to wait for the closing handshake",
    "RUN4D_HTTP_MAX_HEADER_SIZE": "largest HTTP request line and header fields, in bytes (431/414 beyond)",
    "RUN4D_HTTP_PIPELINE": "pipelined HTTP requests queued per connection before reading pauses",
    "RUN4D_HTTP_KEEPALIVE_TIMEOUT": "seconds an idle keep-alive HTTP connection stays open",
    "RUN4D_HTTP_REQUEST_TIMEOUT": "seconds allowed to receive a request's head (slow clients are cut off)",
    "RUN4D_LOOP": "the event loop: uvloop (the default when installed) or asyncio",
    "RUN4D_CA_FILE": "certificate authorities trusted by wss:// and https:// clients",
    "RUN4D_HISTORY": "the REPL's history file (default ~/.run4d_history)",
    "RUN4D_MAX_NESTING": "levels of expressions and blocks one inside another (default 1000)",
    "RUN4D_REGEX_TIMEOUT": "seconds one regular expression match may take (default 5)",
    "RUN4D_MAX_VALUE_SIZE": "largest text, blob or collection an operation may build (default 2^31-1)",
    "RUN4D_MAX_COLLECTION_SIZE": "most elements one collection may hold (default 2^28)",
    "RUN4D_CACHE": "folder of the compiled-code cache (default ~/.cache/run4d; off: memory only)",
    "RUN4D_CALL_CHAIN": "entries of a call chain printed for an error; longer ones elide the middle (default 40)",
    "RUN4D_DEBUG": "any value: Python tracebacks of internal errors, as --debug",
    "RUN4D_DUMP": "any value: print the Python code generated for each file (for run4d's developers)",
}


def help_text() -> str:
    env = "environment:\n" + "".join(f"  {name:24s}{text}\n" for name, text in ENVIRONMENT.items())
    return "\n".join([MODES, OPTIONS, EXIT_CODES, env + "\nmore: README.md, docs/limits.md, docs/tool4d.md\n"])


def version_text() -> str:
    return f"run4d {version()} (4D language v20 and later; Python {platform.python_version()})"
