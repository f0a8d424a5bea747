"""The company-server password, remembered when the user asks for it, in the operating
system's credential store (Windows Credential Manager, macOS Keychain, the Secret Service on
Linux) through the `keyring` package; never by the app itself in a file or the settings.

Everything here degrades quietly: without `keyring`, or with no usable store (a Linux PC
without a Secret Service), nothing is remembered and the screen does not offer it; a store
that fails is logged (by the kind of error, never the password) and the password is asked.
The entry is named per server and user, so two servers or two users never mix."""

from __future__ import annotations

import importlib
import logging
from typing import Any

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from teamlead_app.data.local_drafts import server_key

log = logging.getLogger(__name__)

SERVICE = "teamlead-app"


def _keyring() -> Any | None:
    """The keyring module, or None when it is not installed (imported only when a server is
    used: the file's start-up does not pay)."""
    try:
        return importlib.import_module("keyring")
    except ImportError:
        return None


def account(url_text: str) -> str | None:
    """`user@host:port/database`: the name of the entry in the store; None for an address
    that cannot be read (the opening says why)."""
    try:
        url = make_url(url_text)
    except ArgumentError:
        return None
    where, user = server_key(url)
    return f"{user}@{where}"


def keyring_usable() -> bool:
    """Whether a credential store is there to remember the password in. keyring's fallback
    stores (`fail`, `null`) have a priority of 0 or less."""
    module = _keyring()
    if module is None:
        return False
    try:
        backend = module.get_keyring()
        return float(getattr(backend, "priority", 0)) > 0
    except Exception as exc:  # a store that cannot even start is no store
        log.warning("credential store not usable: %s", type(exc).__name__)
        return False


def remembered_password(url_text: str) -> str | None:
    name = account(url_text)
    if name is None or not keyring_usable():
        return None
    try:
        found = _keyring().get_password(SERVICE, name)  # type: ignore[union-attr]
    except Exception as exc:  # a locked or broken store: ask instead
        log.warning("credential store not read: %s", type(exc).__name__)
        return None
    return str(found) if found else None


def remember_password(url_text: str, password: str) -> bool:
    """Keep the password in the store; False when there is no store or it refused."""
    name = account(url_text)
    if name is None or not password or not keyring_usable():
        return False
    try:
        _keyring().set_password(SERVICE, name, password)  # type: ignore[union-attr]
    except Exception as exc:
        log.warning("credential store not written: %s", type(exc).__name__)
        return False
    return True


def forget_password(url_text: str) -> None:
    """Remove a remembered password (the server refused it, or the user unticked the box)."""
    name = account(url_text)
    if name is None or not keyring_usable():
        return
    module = _keyring()
    try:
        if module is not None and module.get_password(SERVICE, name) is not None:
            module.delete_password(SERVICE, name)
    except Exception as exc:
        log.warning("credential store entry not removed: %s", type(exc).__name__)
