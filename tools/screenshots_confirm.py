"""Screenshots of the Confirm page on the demo tenant: the checklist with red rows, the steps,
the demo's stand-in for the admin center, the polling, the proof, the partner path and the
timeout. Run under Xvfb:

    xvfb-run -a -s "-screen 0 1920x1400x24" \
        python tools/screenshots_confirm.py --out DIR --scale 2 --language da
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def settle(app, until, seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        if until():
            return
        time.sleep(0.02)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default="screenshots")
    parser.add_argument("--scale", default="1")
    parser.add_argument("--language", default="en")
    args = parser.parse_args()
    os.environ["QT_SCALE_FACTOR"] = args.scale
    from app import i18n
    from app.backup.engine import BackupSummary
    from app.backup.manifest import MANIFEST_NAME, ItemRow, ItemState, Manifest
    from app.demo.dns_server import DnsServer
    from app.demo.dns_zones import demo_store
    from app.demo.graph_server import DemoGraphServer
    from app.demo.session import DemoTokens
    from app.domains.dns.check import CheckOptions, Nameserver
    from app.graph.client import GraphClient
    from app.graph.tenant import Tenant
    from app.state import BackupResult, CancellationState
    from app.subscription.rules import decide
    from ui.app import create_app
    from ui.pages.confirm import ConfirmPage
    from ui.wizard import CancelWizard, PageId

    app = create_app()
    translators = i18n.install(app, args.language)  # noqa: F841
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    server = DemoGraphServer().start()
    server.lifecycle.delay = 3.0
    dns = DnsServer(demo_store()).start()
    folder = tempfile.mkdtemp()
    manifest = Manifest(folder)
    manifest.save_listing([ItemRow("d", f"i{n}", "file", f"/f{n}", f"f{n}", 1, None, None,
                                   ItemState.VERIFIED) for n in range(212)]
                          + [ItemRow("d", "nb", "notebook", "/n", "n", 0, None, None,
                                     ItemState.SKIPPED)])
    manifest.close()

    def open_wizard(sku: str, **page_options) -> CancelWizard:
        graph = GraphClient(DemoTokens(server), base_url=server.graph_url)
        state = CancellationState(demo=True)
        tenant = Tenant(graph)
        state.signed_in(graph, tenant.organization(), tenant.signed_in_user())
        overview = next(o for o in tenant.subscription_overview()
                        if o.subscription.sku_part_number == sku)
        state.chose(overview, decide(overview, tenant_id=state.organization.id))
        state.backup = BackupResult(BackupSummary(files_verified=212, not_downloadable=1),
                                    folder, os.path.join(folder, MANIFEST_NAME),
                                    datetime.now(UTC))
        state.key_dates_reviewed_at = datetime.now(UTC)
        wizard = CancelWizard(state)
        wizard.removePage(PageId.CONFIRM)
        options = CheckOptions(nameservers=(Nameserver("127.0.0.1", dns.port),),
                               authoritative_port=dns.port)
        wizard.setPage(PageId.CONFIRM, ConfirmPage(state, poll_interval=1.0, dns_options=options,
                                                   **page_options))
        wizard.setStartId(PageId.CONFIRM)
        wizard.restart()
        wizard.show()
        page = wizard.currentPage()
        settle(app, lambda: state.checklist is not None and not page.gathering, 15)
        settle(app, lambda: False, 0.3)
        return wizard

    def shot(widget, name: str) -> None:
        settle(app, lambda: False, 0.4)
        path = out / f"confirm-{name}-{args.language}-x{args.scale}.png"
        widget.grab().save(str(path))
        print(path)

    def acknowledge(page) -> None:
        for row in list(page.state.checklist.red_rows):
            if row.key.value == "users-told":
                page.checklist_view.rows[row.ident].tick.setChecked(True)
            else:
                page.acknowledge(row.ident, page.tr("The demo's domain stays with Microsoft "
                                                    "365; nobody mails it."))

    wizard = open_wizard("O365_BUSINESS_ESSENTIALS")
    page = wizard.currentPage()
    shot(wizard, "1-checklist")
    acknowledge(page)
    page.name_edit.setText(page.state.subscription.name)
    settle(app, lambda: False, 0.3)
    shot(wizard, "2-steps")
    page.route.open_button.click()
    dialog = page.demo_dialog
    shot(dialog, "3-standin-products")
    dialog.open_product.click()
    shot(dialog, "4-standin-details")
    dialog.start_cancel.click()
    shot(dialog, "5-standin-cancel")
    dialog.confirm_cancel.click()
    settle(app, lambda: dialog.cancelled, 10)
    shot(dialog, "6-standin-done")
    dialog.reject()
    page.done_button.click()
    settle(app, lambda: page.proof_box.last_reading is not None, 10)
    shot(wizard, "7-polling")
    settle(app, lambda: not page.polling, 30)
    shot(wizard, "8-proof")
    wizard.shutdown()

    server.lifecycle.stay_enabled = True
    wizard = open_wizard("O365_BUSINESS_PREMIUM", poll_timeout_seconds=2.0)
    page = wizard.currentPage()
    acknowledge(page)
    page.name_edit.setText(page.state.subscription.name)
    page.done_button.click()
    settle(app, lambda: not page.polling and page.state.confirmation.proof is not None, 20)
    shot(wizard, "9-support-timeout")
    wizard.shutdown()

    wizard = open_wizard("EXCHANGESTANDARD")
    page = wizard.currentPage()
    acknowledge(page)
    page.name_edit.setText(page.state.subscription.name)
    shot(wizard, "10-partner")
    wizard.shutdown()
    dns.stop()
    server.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
