"""What the admin chose once and Cancel365 remembers: client ID, tenant, language, backup folder.

A small JSON file in the user's config folder (``platformdirs``). No secret is
ever stored here: those go to :mod:`app.auth.secrets`.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path

import platformdirs

from app.files import write_atomically

log = logging.getLogger(__name__)

_GUID = re.compile(r"^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$")


def default_path() -> Path:
    return Path(platformdirs.user_config_dir("Cancel365", appauthor=False)) / "settings.json"


def is_client_id(value: str) -> bool:
    """An app registration's client ID is a GUID."""
    return bool(_GUID.match(value.strip()))


def is_tenant(value: str) -> bool:
    """'organizations', a tenant GUID, or a domain like contoso.onmicrosoft.com."""
    value = value.strip()
    return value == "organizations" or bool(_GUID.match(value)) or bool(
        re.match(r"^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$", value))


@dataclass(frozen=True)
class Settings:
    client_id: str = ""
    tenant: str = "organizations"
    language: str = ""                # empty: the system's
    sign_in_method: str = "browser"   # or "device-code"
    backup_destination: str = ""      # the last backup's folder: the next start offers to resume

    def with_changes(self, **changes: str) -> Settings:
        return replace(self, **changes)


def load(path: Path | None = None) -> Settings:
    """The saved settings; defaults when there are none or the file is unreadable."""
    path = path or default_path()
    try:
        data = json.loads(path.read_text("utf-8"))
    except FileNotFoundError:
        return Settings()
    except (OSError, ValueError) as exc:
        log.warning("Settings file %s is unreadable (%s); using defaults.", path,
                    type(exc).__name__)
        return Settings()
    known = {f.name for f in fields(Settings)}
    return Settings(**{k: str(v) for k, v in data.items() if k in known and v is not None})


def save(settings: Settings, path: Path | None = None) -> None:
    """Write atomically, so a crash never leaves half a file."""
    path = path or default_path()
    write_atomically(path, json.dumps(asdict(settings), indent=2).encode("utf-8"))
