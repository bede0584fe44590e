"""The publisher's client ID: a packaged build may sign in with its publisher's own app
registration, so a newcomer signs in at once (with the admin's consent), the way rclone
ships its own.

The ID is set at build time, never in the source: the build (build.spec, or
``python tools/write_publisher.py``) reads the environment variable
``CANCEL365_PUBLISHER_CLIENT_ID`` and writes ``app/_publisher_build.py`` (ignored by git).
A source checkout has none: the wizard then guides the admin through registering
Cancel365 in their own organization (ui/widgets/registration_guide.py).
"""

from __future__ import annotations

import importlib
from pathlib import Path

from app.settings import Settings, is_client_id

ENVIRONMENT = "CANCEL365_PUBLISHER_CLIENT_ID"
GENERATED = Path(__file__).with_name("_publisher_build.py")


def publisher_client_id() -> str:
    """The client ID the build was given, or "" (none, or not a GUID)."""
    try:
        module = importlib.import_module("app._publisher_build")
    except ImportError:
        return ""
    value = str(getattr(module, "CLIENT_ID", "")).strip()
    return value if is_client_id(value) else ""


def effective(settings: Settings, publisher: str | None = None) -> Settings:
    """The admin's own client ID wins; without one, the publisher's (kept in memory only)."""
    if settings.client_id:
        return settings
    publisher = publisher_client_id() if publisher is None else publisher
    return settings.with_changes(client_id=publisher) if publisher else settings


def write_generated(value: str, path: Path = GENERATED) -> Path:
    """Write the generated module for a build (refuses anything but a GUID)."""
    value = value.strip()
    if not is_client_id(value):
        raise ValueError(f"{ENVIRONMENT} must be an app registration's client ID (a GUID).")
    path.write_text('"""Written at build time by tools/write_publisher.py; not in git."""\n\n'
                    f'CLIENT_ID = "{value}"\n', encoding="utf-8")
    return path
