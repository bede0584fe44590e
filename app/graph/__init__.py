"""Microsoft Graph: the HTTP client, the wire models and the tenant reader."""

from app.graph.client import GraphClient, StaticToken, TokenProvider

__all__ = ["GraphClient", "StaticToken", "TokenProvider"]
