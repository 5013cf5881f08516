"""logweb.txt: the Web server's request log (WEB SET OPTION(Web log recording; ...)).

Stage: stdlib support (a file; no networking). The engine calls the log
with each answered request, on the event loop thread. Formats as 4D names
them: 1 = CLF (host, -, user, [date], "request line", status, bytes),
2 = DLF (CLF plus "referer" and "user-agent"). 3 (ELF) and 4 (WLF) take
their fields from settings run4d has no dialog for, so, as 4D documents
for formats without fields, no file is written. The file is
<database folder>/Logs/logweb.txt, appended to, one line per request.
"""

from __future__ import annotations

import os
import time

from stdlib_4d.net.http_messages import Request
from stdlib_4d.net.web_request import basic_credentials

CLF, DLF = 1, 2


class AccessLog:
    def __init__(self, folder: str, kind: int) -> None:
        os.makedirs(folder, exist_ok=True)
        self.path = os.path.join(folder, "logweb.txt")
        self.kind = kind
        self.file = open(self.path, "a", encoding="utf-8", buffering=1)  # line-buffered: a line per request

    def __call__(self, request: Request, status: int, length: int) -> None:
        user = basic_credentials(request)[0] or "-"
        stamp = time.strftime("%d/%b/%Y:%H:%M:%S %z")
        line = (f'{request.remote or "-"} - {_quoted(user)} [{stamp}] '
                f'"{_quoted(request.method)} {_quoted(request.target)} HTTP/{request.version}" '
                f'{status} {length if length else "-"}')
        if self.kind == DLF:
            line += f' "{_quoted(request.header("Referer"))}" "{_quoted(request.header("User-Agent"))}"'
        try:
            self.file.write(line + "\n")
        except (OSError, ValueError):  # a full disk or a closed file must not break the answer
            pass

    def close(self) -> None:
        try:
            self.file.close()
        except OSError:
            pass  # closing at shutdown: nothing left to write to


def _quoted(text: str) -> str:
    """No quote, CR or LF from the request inside a log field."""
    return text.replace('"', "%22").replace("\r", " ").replace("\n", " ")


def open_log(kind: int) -> AccessLog | None:
    if kind not in (CLF, DLF):
        return None
    from runtime import appcontext

    return AccessLog(appcontext.current().logs_folder, kind)
