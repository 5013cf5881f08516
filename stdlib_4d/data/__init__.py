"""ORDA: the datastore (`ds`) on SQLite or PostgreSQL, from the project's catalog.

Stage: library area. catalog.py reads the structure, schema.py and the
back-ends (backends.py, pg_backend.py) keep it in SQL, records.py reads
and writes rows; the 4D classes are store.py (DataStore), dataclass.py,
entity.py, selection.py (+ selection_ops.py, objects.py, status.py);
queries are parsed by qparse.py (sharing the collection query parser),
compiled to SQL by qcompile.py and finished in Python by qeval.py;
opening.py opens the datastore and binds the ORDA user classes.
"""

import os


def find_catalog(root: str) -> str | None:
    """The catalog of a project folder or of a folder of sources, if any.

    Here rather than in catalog.py: the command line asks before anything of ORDA is loaded.
    """
    for candidate in (os.path.join(root, "Project", "Sources", "catalog.4DCatalog"),
                      os.path.join(root, "Sources", "catalog.4DCatalog"),
                      os.path.join(root, "catalog.4DCatalog")):
        if os.path.isfile(candidate):
            return candidate
    return None
