"""Transactions theme: START TRANSACTION, VALIDATE TRANSACTION, CANCEL TRANSACTION, In transaction, Transaction level.

Stage: data layer, commands. A transaction belongs to the process that
started it (each process has its own database connection); nested ones
are SQL savepoints. They apply to the main datastore, as
ds.startTransaction() does (docs/API/DataStoreClass.md).
"""

from __future__ import annotations

from runtime.process import current
from runtime.registry import command
from stdlib_4d.data.opening import current_store


@command("START TRANSACTION")
def start_transaction():
    """Start a transaction (nested when one is open) in the current process."""
    current_store().backend.begin()


@command("VALIDATE TRANSACTION")
def validate_transaction():
    """Accept the transaction of the current level; OK is 1 when it was validated."""
    backend = current_store().backend
    if backend.level() == 0:
        current().vars["ok"] = 0.0
        return
    try:
        backend.commit()
    except Exception:  # noqa: BLE001 - a failed commit cancels the transaction, as documented
        backend.rollback()
        current().vars["ok"] = 0.0
        return
    current().vars["ok"] = 1.0


@command("CANCEL TRANSACTION")
def cancel_transaction():
    """Cancel the transaction of the current level (its changes are undone)."""
    current_store().backend.rollback()


@command("In transaction", returns="boolean")
def in_transaction():
    """True when the current process is in a transaction."""
    return current_store().backend.level() > 0


@command("Transaction level", returns="real")
def transaction_level():
    """The transaction depth of the current process (0 outside transactions)."""
    return float(current_store().backend.level())
