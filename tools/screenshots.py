"""Walk the wizard on the demo tenant and save a PNG of every page.

Run under Xvfb to see the real platform style, e.g.
    xvfb-run -s "-screen 0 1920x1400x24" python tools/screenshots.py --out shots --scale 2
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default="screenshots")
    parser.add_argument("--scale", default="1")
    parser.add_argument("--language", default="en")
    parser.add_argument("--wait", type=float, default=8.0, help="seconds to wait for a page")
    parser.add_argument("--backup", action="store_true",
                        help="the Backup page through its phases: access, plan, running "
                             "(paused), ended")
    parser.add_argument("--record", action="store_true",
                        help="the Feedback and Done pages, the record saved, and its PDF "
                             "(pages as PNG when pdftoppm is installed)")
    parser.add_argument("--switch", metavar="CODE",
                        help="the Welcome page's language menu open, then the Domains page "
                             "before and after a runtime switch to CODE")
    args = parser.parse_args()
    os.environ["QT_SCALE_FACTOR"] = args.scale
    if args.backup:
        return backup_phases(Path(args.out), args.scale, args.language)
    if args.record:
        return record_pages(Path(args.out), args.scale, args.language)
    if args.switch:
        return runtime_switch(Path(args.out), args.scale, args.language, args.switch,
                              args.wait)

    from PySide6.QtWidgets import QWizard

    from app import i18n
    from app.state import CancellationState
    from ui.app import create_app
    from ui.wizard import CancelWizard

    app = create_app()
    translators = i18n.install(app, args.language)  # noqa: F841
    state = CancellationState(demo=True)
    wizard = CancelWizard(state)
    wizard.show()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    choose = {"SubscriptionPage": lambda page: _choose_online(page),
              "DomainsPage": lambda page: (settle(lambda: bool(page.checks), args.wait),
                                           page.acknowledge.setChecked(True))}
    seen: list[int] = []
    while wizard.currentId() not in seen:
        page = wizard.currentPage()
        seen.append(wizard.currentId())
        settle(lambda p=page: getattr(getattr(p, "status", None), "state", "idle") != "busy",
               args.wait)
        hook = choose.get(type(page).__name__)
        if hook:
            hook(page)
        settle(lambda: False, 0.3)
        name = f"{len(seen):02d}-{type(page).__name__}-{args.language}-x{args.scale}.png"
        wizard.grab().save(str(out / name))
        print(out / name)
        if not wizard.button(QWizard.WizardButton.NextButton).isEnabled():
            break
        wizard.next()
    wizard.shutdown()
    return 0


def backup_phases(out: Path, scale: str, language: str) -> int:
    """Open the wizard at the Backup page, signed in to a private demo server, and grab each
    phase. Downloads are slowed down so the running page can be seen."""
    import tempfile

    from app import i18n
    from app.backup.access import AccessKind
    from app.demo.graph_server import DemoGraphServer
    from app.demo.session import DemoTokens
    from app.graph.client import GraphClient
    from app.graph.tenant import Tenant
    from app.state import CancellationState
    from ui.app import create_app
    from ui.wizard import CancelWizard, PageId

    app = create_app()
    translators = i18n.install(app, language)  # noqa: F841
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="c365-shots-"))
    os.environ["XDG_CONFIG_HOME"] = str(work / "config")  # the page remembers its destination

    with DemoGraphServer() as server:
        graph = GraphClient(DemoTokens(server), base_url=server.graph_url)
        tenant = Tenant(graph)
        state = CancellationState(demo=True)
        state.signed_in(graph, tenant.organization(), tenant.signed_in_user())
        wizard = CancelWizard(state)
        wizard.setStartId(PageId.BACKUP)
        wizard.show()
        page = wizard.currentPage()

        def grab(n: int, phase: str) -> None:
            settle(lambda: False, 0.4)
            path = out / f"backup-{n}-{phase}-{language}-x{scale}.png"
            wizard.grab().save(str(path))
            print(path)

        def grab_widget(widget, name: str) -> None:   # a part of the page, whole (unscrolled)
            settle(lambda: False, 0.4)
            path = out / f"backup-{name}-{language}-x{scale}.png"
            widget.grab().save(str(path))
            print(path)

        grab(1, "access")
        page.access.choose(AccessKind.SET_UP_FOR_ME)
        page.access.continue_button.click()
        settle(lambda: page.phase == "ready", 30)
        page.dest.setText(str(work / "backup"))
        page.dest.editingFinished.emit()
        grab(2, "plan")
        server.faults.add("slow", "/_download/", times=-1, delay=0.05)
        server.routes.mail.store.latency = 0.05     # the mail too, so its Pause can be seen
        settle(lambda: bool(page.mail_box.boxes) and not page.mail_box.running, 60)
        page.start_button.click()
        settle(lambda: page.run.progress.bar.value() > 100, 60)
        grab(3, "running")
        page.run.pause()
        grab(4, "paused")
        page.mail_box.pause()
        grab_widget(page.mail_box, "4b-mail-paused")
        page.mail_box.resume()
        grab_widget(page.mail_box, "4c-mail-running")
        page.run.resume()
        server.faults.clear()
        server.routes.mail.store.latency = 0.0
        settle(lambda: page.phase == "ended" and page.mail_box.summary is not None, 300)
        grab(5, "ended")
        grab_widget(page.run.summary_view, "5b-summary")
        grab_widget(page.mail_box, "5c-mail-ended")
        wizard.shutdown()
    return 0


def record_pages(out: Path, scale: str, language: str) -> int:
    """Feedback filled in, Done before and after saving the record, and the PDF's pages."""
    import shutil
    import subprocess
    import tempfile
    from datetime import datetime

    from app import i18n
    from app.dates.key_dates import compute
    from app.demo.graph_server import DemoGraphServer
    from app.demo.session import DemoTokens
    from app.graph.client import GraphClient
    from app.graph.tenant import Tenant
    from app.record.feedback import LeavingReason
    from app.state import CancellationState
    from app.subscription.rules import decide
    from ui.app import create_app
    from ui.wizard import CancelWizard, PageId

    app = create_app()
    translators = i18n.install(app, language)  # noqa: F841
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="c365-shots-"))
    with DemoGraphServer() as server:
        graph = GraphClient(DemoTokens(server), base_url=server.graph_url)
        tenant = Tenant(graph)
        state = CancellationState(demo=True)
        state.signed_in(graph, tenant.organization(), tenant.signed_in_user())
        overview = next(o for o in tenant.subscription_overview()
                        if o.name == "Microsoft 365 Business Basic")
        state.chose(overview, decide(overview, tenant_id=state.organization.id))
        state.key_dates = compute(overview.subscription, now=datetime.now().astimezone(),
                                  decision=state.decision)
        wizard = CancelWizard(state)
        wizard.setStartId(PageId.FEEDBACK)
        wizard.show()

        def grab(name: str) -> None:
            settle(lambda: False, 0.4)
            path = out / f"{name}-{language}-x{scale}.png"
            wizard.grab().save(str(path))
            print(path)

        page = wizard.currentPage()
        page.boxes[LeavingReason.COST].click()
        page.boxes[LeavingReason.OTHER_PROVIDER].click()
        page.provider.setText("Proton")
        page.comment.setPlainText("We only need mail and a shared drive now.")
        page.copy_button.click()
        grab("feedback")
        page.validatePage()
        done = wizard.page(PageId.DONE)
        wizard.removePage(PageId.CONFIRM)            # straight on to Done
        wizard.next()
        grab("done")
        done.save_to(str(work))
        settle(lambda: done.saved is not None, 30)
        grab("done-saved")
        if done.saved is not None and shutil.which("pdftoppm"):
            dpi = str(int(96 * float(scale)))
            prefix = out / f"record-pdf-{language}-x{scale}"
            subprocess.run(["pdftoppm", "-png", "-r", dpi, str(done.saved.pdf_path), str(prefix)],
                           check=True)
            print(f"{prefix}-*.png")
        wizard.shutdown()
    return 0


def runtime_switch(out: Path, scale: str, language: str, to: str, wait: float) -> int:
    """The language menu (the screen, so the open list shows), and a page before and after
    switching at runtime."""
    from PySide6.QtGui import QGuiApplication

    from app import i18n
    from app.state import CancellationState
    from ui.app import create_app
    from ui.wizard import CancelWizard, PageId

    app = create_app()
    i18n.install(app, language)
    out.mkdir(parents=True, exist_ok=True)
    state = CancellationState(demo=True)
    wizard = CancelWizard(state)
    wizard.move(20, 20)
    wizard.show()
    welcome = wizard.page(PageId.WELCOME)
    settle(lambda: False, 0.5)
    welcome.language.showPopup()
    settle(lambda: False, 0.5)
    frame = wizard.frameGeometry()
    path = out / f"welcome-language-menu-{language}-x{scale}.png"
    QGuiApplication.primaryScreen().grabWindow(0, frame.x(), frame.y(), frame.width(),
                                               frame.height()).save(str(path))
    print(path)
    welcome.language.hidePopup()
    while wizard.currentId() != PageId.DOMAINS:
        wizard.next()
        page = wizard.currentPage()
        settle(lambda p=page: getattr(getattr(p, "status", None), "state", "idle") != "busy"
               and getattr(p, "checks", True), wait)
        if type(page).__name__ == "SubscriptionPage":
            _choose_online(page)
    page = wizard.currentPage()
    settle(lambda: False, 0.3)
    for step, code in (("before", language), ("after", to)):
        if code != i18n.current():
            welcome.language.choose(code)
            settle(lambda: not page.checking, wait)
            settle(lambda: False, 0.5)
        path = out / f"switch-{step}-{code}-x{scale}.png"
        wizard.grab().save(str(path))
        print(path)
    wizard.shutdown()
    return 0


def settle(condition, seconds: float) -> bool:
    """Let the event loop run until ``condition()`` holds or ``seconds`` have passed."""
    from PySide6.QtCore import QCoreApplication, QElapsedTimer

    timer = QElapsedTimer()
    timer.start()
    while timer.elapsed() < seconds * 1000:
        QCoreApplication.processEvents()
        if condition():
            return True
    return condition()


def _choose_online(page) -> None:
    for row in range(page.table.topLevelItemCount()):
        if page.table.topLevelItem(row).text(0) == "Microsoft 365 Business Basic":  # 6 licences: online
            page.table.setCurrentItem(page.table.topLevelItem(row))


if __name__ == "__main__":
    raise SystemExit(main())
