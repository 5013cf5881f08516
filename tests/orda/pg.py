"""A PostgreSQL server for the tests: RUN4D_TEST_PG_DSN, or a private throwaway cluster.

The cluster lives in a temporary folder (initdb, then pg_ctl on a free
port of 127.0.0.1, fsync off) and is stopped and removed at the end of
the session. As root, the server runs as the `postgres` system user, as
PostgreSQL refuses to run as root. Under CI (CI=true) a server that
cannot start is a failure, not a skip.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile

import pytest

ENV = "RUN4D_TEST_PG_DSN"


def _bin(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    return candidates[-1] if candidates else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Cluster:
    def __init__(self) -> None:
        self.dir = tempfile.mkdtemp(prefix="run4d-pg-")
        self.port = _free_port()
        self.user = None
        if os.geteuid() == 0:
            import pwd

            self.user = "postgres"
            pw = pwd.getpwnam("postgres")
            os.chown(self.dir, pw.pw_uid, pw.pw_gid)

    def run(self, *cmd: str) -> None:
        subprocess.run(cmd, check=True, capture_output=True, user=self.user, timeout=120)

    def start(self) -> str:
        initdb, pg_ctl = _bin("initdb"), _bin("pg_ctl")
        if not initdb or not pg_ctl:
            raise RuntimeError("PostgreSQL's initdb/pg_ctl are not installed")
        data = os.path.join(self.dir, "data")
        self.run(initdb, "-D", data, "-A", "trust", "-U", "run4d", "-E", "UTF8", "--no-sync")
        opts = f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200"
        self.run(pg_ctl, "-D", data, "-l", os.path.join(self.dir, "log"), "-o", opts, "-w", "-t", "60", "start")
        return f"host=127.0.0.1 port={self.port} user=run4d dbname=postgres"

    def stop(self) -> None:
        pg_ctl = _bin("pg_ctl")
        try:
            self.run(pg_ctl, "-D", os.path.join(self.dir, "data"), "-m", "immediate", "-w", "stop")
        except (subprocess.SubprocessError, OSError):
            pass
        shutil.rmtree(self.dir, ignore_errors=True)


def server():
    """Yield a connection string to a PostgreSQL server (skip, or fail under CI, if none)."""
    dsn = os.environ.get(ENV)
    if dsn:
        yield dsn
        return
    cluster = Cluster()
    try:
        dsn = cluster.start()
    except (RuntimeError, subprocess.SubprocessError, OSError) as e:
        cluster.stop()
        if os.environ.get("CI"):
            pytest.fail(f"PostgreSQL could not start: {e}")
        pytest.skip(f"PostgreSQL could not start: {e}")
    try:
        yield dsn
    finally:
        cluster.stop()


def fresh_schema(dsn: str, name: str) -> str:
    """A connection string whose tables go to a new, empty schema."""
    import psycopg
    from psycopg.conninfo import make_conninfo

    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute(f'DROP SCHEMA IF EXISTS "{name}" CASCADE')
        conn.execute(f'CREATE SCHEMA "{name}"')
    return make_conninfo(dsn, options=f"-c search_path={name}")
