"""Microsoft Graph: the HTTP client, the wire models and the tenant reader.

The client (and with it ``requests``) is imported on first use, so reading a
model (``app.graph.models``) does not cost the wizard's first page the HTTP stack.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from app.graph.client import GraphClient, StaticToken, TokenProvider

__all__ = ["GraphClient", "StaticToken", "TokenProvider"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from app.graph import client

        return getattr(client, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
