"""Keyring backends for the tests: a real Secret Service, and two small stand-ins.

The Secret Service is gnome-keyring in a private D-Bus session started with
``dbus-run-session`` and unlocked with a password on stdin, as CI runs it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import keyring.backends.SecretService
import keyring.errors
from keyring.backend import KeyringBackend

WINDOWS_LIMIT = 2560  # bytes per credential in Windows Credential Manager (UTF-16)

_SESSION = r"""
echo "$DBUS_SESSION_BUS_ADDRESS"
printf '%s' "$TEST_KEYRING_PASSWORD" | gnome-keyring-daemon --unlock --components=secrets \
    --daemonize >/dev/null
echo ready
exec cat >/dev/null
"""


def missing_binaries() -> list[str]:
    return [b for b in ("dbus-run-session", "gnome-keyring-daemon") if shutil.which(b) is None]


@contextmanager
def secret_service_session() -> Iterator[str]:
    """A private D-Bus session with an unlocked gnome-keyring; yields the bus address.

    Closing our end of the pipe ends ``cat``, which ends the session and the daemon.
    """
    with tempfile.TemporaryDirectory(prefix="c365-keyring-") as home:
        runtime = Path(home, "run")
        runtime.mkdir(mode=0o700)
        Path(home, ".cache").mkdir()
        env = {k: v for k, v in os.environ.items()
               if k not in ("DISPLAY", "WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS")}
        env.update(HOME=home, XDG_RUNTIME_DIR=str(runtime), XDG_DATA_HOME=f"{home}/data",
                   XDG_CONFIG_HOME=f"{home}/config", TEST_KEYRING_PASSWORD="test-unlock")
        process = subprocess.Popen(
            ["dbus-run-session", "--", "sh", "-c", _SESSION], stdin=subprocess.PIPE,
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, text=True)
        try:
            assert process.stdout is not None
            address = process.stdout.readline().strip()
            ready = process.stdout.readline().strip()
            if not address or ready != "ready":
                raise RuntimeError("gnome-keyring did not start in its D-Bus session")
            yield address
        finally:
            assert process.stdin is not None
            process.stdin.close()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def secret_service_backend() -> KeyringBackend:
    """keyring's own Secret Service backend (uses DBUS_SESSION_BUS_ADDRESS when called)."""
    return keyring.backends.SecretService.Keyring()


def lock_default_collection() -> None:
    """Lock the login keyring, as after a screen lock or a reboot without auto-unlock."""
    import secretstorage

    connection = secretstorage.dbus_init()
    try:
        secretstorage.get_default_collection(connection).lock()
    finally:
        connection.close()


class MemoryKeyring(KeyringBackend):
    """A keyring that lives as long as the object: stands in for the OS in UI tests."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.entries.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError("not found")


class WindowsSizedKeyring(MemoryKeyring):
    """Refuses secrets over 2,560 bytes as UTF-16, like Windows Credential Manager."""

    def set_password(self, service: str, username: str, password: str) -> None:
        if len(password.encode("utf-16-le")) > WINDOWS_LIMIT:
            raise keyring.errors.PasswordSetError(
                "(1783, 'CredWrite', 'The stub received bad data.')")
        super().set_password(service, username, password)


class LockedKeyring(MemoryKeyring):
    """What keyring raises for a locked store on a platform without a test daemon."""

    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.KeyringLocked("Failed to unlock the collection!")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.KeyringLocked("Failed to unlock the collection!")
