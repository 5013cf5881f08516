"""Users of a headless run: Current user, SET USER ALIAS.

Stage: stdlib commands. A project run by run4d has no password system, so its
one user is 4D's Designer (the account 4D gives every process when passwords
are not used); SET USER ALIAS gives it another name for the session.
"""

from __future__ import annotations

from runtime import lifecycle
from runtime.registry import command
from runtime.values import UNDEF
from stdlib_4d import args

DESIGNER = "Designer"
ACCOUNT, ALIAS, ALIAS_OR_ACCOUNT = 1, 2, 0
_ALIAS = {"name": ""}
lifecycle.on_reset(lambda: _ALIAS.update(name=""))


@command("Current user", returns="text")
def current_user(user=UNDEF):
    """Current user{(user)}: the user's alias (SET USER ALIAS) or account name ("Designer"); 1 the
    account, 2 the alias ("" when none), 0 (default) the alias or else the account."""
    which = ALIAS_OR_ACCOUNT if user is UNDEF else args.integer(user, "Current user", 1)
    if which == ACCOUNT:
        return DESIGNER
    if which == ALIAS:
        return _ALIAS["name"]
    return _ALIAS["name"] or DESIGNER


@command("SET USER ALIAS")
def set_user_alias(alias):
    """SET USER ALIAS(alias): another name for the current user for this session ("" removes it)."""
    _ALIAS["name"] = args.text(alias, "SET USER ALIAS", 1)
