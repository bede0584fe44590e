"""Start the demo tenant in-process and get a Graph client signed in as its admin."""

from __future__ import annotations

from dataclasses import dataclass

from app.demo.graph_server import DemoGraphServer
from app.graph.client import GraphClient


class DemoTokens:
    """Tokens from the demo server: a fresh one on request, like a real refresh."""

    def __init__(self, server: DemoGraphServer, *, user_id: str | None = "admin",
                 scopes: set[str] | None = None) -> None:
        self._server = server
        self._user_id = user_id
        self._scopes = scopes
        self._token = server.issue_token(user_id=user_id, scopes=scopes)
        self.refreshes = 0

    def access_token(self, *, force_refresh: bool = False) -> str:
        if force_refresh:
            self.refreshes += 1
            self._token = self._server.issue_token(user_id=self._user_id, scopes=self._scopes)
        return self._token

    def __repr__(self) -> str:
        return "DemoTokens(<hidden>)"


@dataclass
class DemoSession:
    """A running demo server and a client signed in to it."""

    server: DemoGraphServer
    graph: GraphClient

    def close(self) -> None:
        self.server.stop()


def start_demo() -> DemoSession:
    """The demo tenant, served on loopback, with its admin signed in."""
    server = DemoGraphServer().start()
    server.apps.propagation_delay = 3.0   # like Entra ID: a new app registration works after a wait
    return DemoSession(server, GraphClient(DemoTokens(server), base_url=server.graph_url))
