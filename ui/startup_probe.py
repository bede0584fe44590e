"""For benchmarks/startup.py: show a wizard, note the first paint and the peak RSS, exit.

``python -m ui.startup_probe bare`` is a bare PySide6 QWizard with one page;
``cancel365 --startup-probe cancel365`` (or ``bare``) runs the same inside the built bundle;
``next`` walks the demo wizard and prints how long each Next blocked the window.
It prints ``RESULT <time.monotonic() at the first paint> <peak RSS in MB then> <CPU seconds then>``.
"""

from __future__ import annotations

import os
import sys
import time


def run(kind: str) -> int:
    if kind == "next":
        return next_costs()
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWizard, QWizardPage

    class FirstPaint(QObject):
        at: float | None = None
        rss = 0.0
        cpu = 0.0

        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and self.at is None:
                self.at = time.monotonic()
                self.cpu = time.process_time()   # this process's CPU: steadier on a busy machine
                self.rss = _peak_rss_mb()
                QTimer.singleShot(0, QApplication.instance().quit)
            return False

    if kind == "bare":
        app = QApplication(sys.argv[:1])
        wizard = QWizard()
        page = QWizardPage()
        page.setTitle("Hello")
        QVBoxLayout(page).addWidget(QLabel("One page."))
        wizard.addPage(page)
    else:
        from app import i18n
        from app.state import CancellationState
        from ui.app import create_app
        from ui.wizard import CancelWizard

        app = create_app()
        translators = i18n.install(app, "en")  # noqa: F841
        wizard = CancelWizard(CancellationState(demo=True))
        page = wizard.currentPage() or wizard.page(wizard.startId())
    probe = FirstPaint()
    page.installEventFilter(probe)
    wizard.show()
    app.exec()
    print("RESULT", probe.at, probe.rss, probe.cpu, flush=True)
    os._exit(0)   # no teardown: only the start-up is measured


def next_costs() -> int:
    """How long each Next blocks the window, when the reader stays 1.5 s on each page."""
    import json

    from ui.app import create_app
    from ui.self_test import walk_wizard

    create_app()
    checks = walk_wizard(dwell=1.5)
    costs = {c.detail.split(",")[0]: float(c.detail.rsplit(",", 1)[1].strip(" s"))
             for c in checks if c.name.endswith("builds") and c.ok and "," in c.detail}
    print("NEXT", json.dumps(costs), flush=True)
    return 0 if all(c.ok for c in checks) else 1


def _peak_rss_mb() -> float:
    try:
        import resource
    except ImportError:   # Windows
        return 0.0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


if __name__ == "__main__":
    raise SystemExit(run(sys.argv[1] if len(sys.argv) > 1 else "bare"))
