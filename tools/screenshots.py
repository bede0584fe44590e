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
    args = parser.parse_args()
    os.environ["QT_SCALE_FACTOR"] = args.scale

    from PySide6.QtCore import QCoreApplication, QElapsedTimer
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

    def settle(condition, seconds: float) -> bool:
        timer = QElapsedTimer()
        timer.start()
        while timer.elapsed() < seconds * 1000:
            QCoreApplication.processEvents()
            if condition():
                return True
        return condition()

    choose = {"SubscriptionPage": lambda page: _choose_online(page)}
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


def _choose_online(page) -> None:
    for row in range(page.table.topLevelItemCount()):
        if page.table.topLevelItem(row).text(0) == "Microsoft 365 Business Standard":
            page.table.setCurrentItem(page.table.topLevelItem(row))


if __name__ == "__main__":
    raise SystemExit(main())
