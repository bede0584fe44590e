"""The wizard says so when a backup run updates an earlier one, and when a licence pool is shared."""

from __future__ import annotations

from app.backup.engine import BackupEngine
from app.backup.plan import ONEDRIVE, discover
from app.backup.progress import Progress
from app.demo.graph_server import DemoGraphServer
from app.state import CancellationState
from tests.backup_support import app_graph
from ui.pages.subscription import SubscriptionPage
from ui.widgets.backup_progress import ProgressView
from ui.widgets.backup_summary import SummaryView


def test_an_update_run_says_updating_from_and_what_it_fetched(qtbot, tmp_path) -> None:
    with DemoGraphServer() as server:
        graph, _ = app_graph(server)

        def run(events: list[Progress]):
            plan = discover(graph, only=ONEDRIVE)
            plan.keep_only(users=["mette.kragh@lillebager.dk"])
            return BackupEngine(graph, plan, str(tmp_path), on_progress=events.append).run()

        run([])
        server.changes.tick()
        events: list[Progress] = []
        summary = run(events)
    view = ProgressView()
    qtbot.addWidget(view)
    view.reset()
    said = []
    for p in events:  # fed on the GUI thread, as the page's worker does
        view.show_progress(p)
        said.append(view.message.text())
    assert any(text.startswith("Updating the backup from") for text in said)
    assert any("Updating the backup from" in t and "Listing the files of" in t for t in said)
    summary_view = SummaryView()
    qtbot.addWidget(summary_view)
    summary_view.show_summary(summary)
    text = summary_view.label.text()
    assert "updated the backup from" in text and "(2 files)" in text
    assert "Deleted in Microsoft 365 during or since the backup" in text


def test_a_shared_licence_pool_is_said_next_to_the_count(qtbot, demo_server, tenant) -> None:
    first = demo_server.tenant.subscriptions[0]
    second = {**first, "id": "00000000-0000-0000-0000-00000000abcd", "totalLicenses": 5}
    demo_server.tenant.subscriptions.append(second)
    sku = next(s for s in demo_server.tenant.skus if s["skuId"] == first["skuId"])
    sku["subscriptionIds"] = [*sku["subscriptionIds"], second["id"]]
    page = SubscriptionPage(CancellationState(demo=True))
    qtbot.addWidget(page)
    page._loaded(tenant.subscription_overview())
    column = [page.table.topLevelItem(r).text(2) for r in range(page.table.topLevelItemCount())]
    shared = [c for c in column if "across 2 subscriptions" in c]
    assert len(shared) == 2 and any("this one has 5" in c for c in shared)
    assert any(" of " in c and "across" not in c for c in column)  # the others as before
