"""Screenshots of the Domains page during a two-stage DNS check: the resolver's answers
in and the domain's own nameservers still asked, then the full result (one of them still
gives Microsoft's MX, so the verdict says "not everywhere yet").

    xvfb-run -a -s "-screen 0 1920x1400x24" python tools/dns_stage_shots.py --out /tmp/shots \\
        --scale 2 --language da
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default="screenshots")
    parser.add_argument("--scale", default="1")
    parser.add_argument("--language", default="en")
    args = parser.parse_args()
    os.environ["QT_SCALE_FACTOR"] = args.scale

    from PySide6.QtWidgets import QApplication

    from app import i18n
    from app.demo.graph_server import DemoGraphServer
    from app.demo.session import DemoTokens
    from app.graph.client import GraphClient
    from app.graph.tenant import Tenant
    from app.state import CancellationState
    from tests.dns_world import NEW_MX, NEW_SPF, SOA, DnsWorld
    from ui.app import create_app
    from ui.wizard import CancelWizard, PageId

    moved = SOA + "@ 3600 IN NS ns1.lillebager.dk.\n@ 3600 IN NS ns2.lillebager.dk.\n" \
        + "ns1 3600 IN A 127.0.0.2\nns2 3600 IN A 127.0.0.3\n" + NEW_MX + NEW_SPF
    old = moved.replace("10 mx.newmail.test.", "0 lillebager-dk.mail.protection.outlook.com.")
    app = create_app()
    translators = i18n.install(app, args.language)  # noqa: F841
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    def settle(until, seconds: float = 15.0) -> None:  # noqa: ANN001
        end = time.monotonic() + seconds
        while time.monotonic() < end and not until():
            QApplication.processEvents()
            time.sleep(0.01)
        for _ in range(30):
            QApplication.processEvents()
            time.sleep(0.01)

    with DemoGraphServer() as server, DnsWorld() as world:
        world.store.add_zone("lillebager.dk", moved)
        world.behind.add_zone("lillebager.dk", old)
        graph = GraphClient(DemoTokens(server), base_url=server.graph_url)
        tenant = Tenant(graph)
        state = CancellationState(demo=False)
        state.signed_in(graph, tenant.organization(), tenant.signed_in_user())
        wizard = CancelWizard(state)
        wizard.setStartId(PageId.DOMAINS)
        page = wizard.currentPage() or wizard.page(PageId.DOMAINS)
        page.authoritative_port = world.port
        page.resolver.use_custom(world.resolver.nameserver)
        page.recheck.auto_check.setChecked(False)
        world.first.hold()
        world.second.hold()
        wizard.show()
        settle(lambda: "lillebager.dk" in page.checks)
        name = f"domains-{args.language}-{args.scale}x"
        wizard.grab().save(str(out / f"{name}-1-resolver.png"))
        world.first.release()
        world.second.release()
        settle(lambda: not page.checking)
        wizard.grab().save(str(out / f"{name}-2-full.png"))
        print(page.summary.text())
        wizard.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
