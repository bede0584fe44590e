"""Helpers shared by the backup tests: an app-only client, a small plan, download counts."""

from __future__ import annotations

import os
from collections import Counter

from app.backup.engine import BackupEngine, BackupSummary
from app.backup.listing import CONTAINERS
from app.backup.manifest import ItemState, Manifest
from app.backup.plan import BackupPlan, discover
from app.backup.progress import Progress
from app.demo import content
from app.demo.graph_server import DemoGraphServer
from app.demo.session import DemoTokens
from app.demo.tenant import DemoDrive, DemoItem
from app.graph.client import GraphClient
from app.graph.pacer import Pacer

TEAM_SITE = "https://lillebager.sharepoint.com/sites/Team"


def app_graph(server: DemoGraphServer) -> tuple[GraphClient, DemoTokens]:
    """A client with an app-only token (what "Set up backup access" gives).

    The pacer's spacing tops out at 0.2 s instead of 2 s, to keep throttling tests short;
    Retry-After is honoured the same way.
    """
    tokens = DemoTokens(server, user_id=None)
    pacer = Pacer(max_spacing=0.2)
    return GraphClient(tokens, base_url=server.graph_url, pacer=pacer), tokens


def library(server: DemoGraphServer, name: str = "Dokumenter") -> DemoDrive:
    """The Team site's library of that name."""
    return next(d for d in server.tenant.drives.values()
                if d.drive_type == "documentLibrary" and d.name == name
                and d.web_url.startswith(TEAM_SITE))


def team_plan(graph: GraphClient) -> BackupPlan:
    """Only the Team site's two small libraries: fast tests."""
    plan = discover(graph, only="sharepoint")
    plan.keep_only(sites=[TEAM_SITE])
    return plan


def run_backup(graph: GraphClient, plan: BackupPlan, dest: str, **kwargs: object) -> BackupSummary:
    events: list[Progress] = []
    kwargs.setdefault("on_progress", events.append)
    return BackupEngine(graph, plan, dest, **kwargs).run()  # type: ignore[arg-type]


def downloads(server: DemoGraphServer) -> Counter[str]:
    """How many times each item's bytes were served (2xx on a download URL), by item id."""
    return Counter(r.path.rsplit("/", 1)[-1] for r in list(server.requests)
                   if r.path.startswith("/_download/") and r.status in (200, 206))


def states(dest: str) -> dict[str, ItemState]:
    manifest = Manifest(dest)
    try:
        return {i.item_id: i.state for i in manifest.items() if i.kind not in CONTAINERS}
    finally:
        manifest.close()


def local_file(dest: str, item_id: str) -> str:
    manifest = Manifest(dest)
    try:
        row = next(i for i in manifest.items() if i.item_id == item_id)
    finally:
        manifest.close()
    return os.path.join(dest, *row.local_path.split("/"))


def expected_bytes(item: DemoItem) -> bytes:
    return b"".join(content.read(item.served_seed, item.served_size))
