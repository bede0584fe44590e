"""Screenshots of the Move mail page: empty (the choice), the logins filled from a CSV, during a
move and after it, into a real Dovecot on loopback (tests/imap_target.py). Run under Xvfb:

    xvfb-run -a -s "-screen 0 1920x1400x24" \
        python tools/screenshots_mail_move.py --out DIR --scale 2 --language da
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

USERS = ["mette.kragh@lillebager.dk", "info@lillebager.dk", "sofie.lund@lillebager.dk"]


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
    from PySide6.QtWidgets import QScrollArea

    from app import i18n
    from app.demo.graph_server import DemoGraphServer
    from app.mail_move.accounts import Security
    from app.state import CancellationState
    from tests.imap_target import running_dovecot
    from tests.mail_support import mail_backup
    from ui.app import create_app
    from ui.pages.mail_move import MailMovePage
    from ui.wizard import CancelWizard, PageId

    app = create_app()
    translators = i18n.install(app, args.language)  # noqa: F841
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    dest = Path(tempfile.mkdtemp(prefix="cancel365-shots-"))
    with DemoGraphServer() as server:
        summary = mail_backup(server, dest, users=USERS)

    def shot(wizard, name: str) -> None:
        settle(app, lambda: False, 0.5)
        path = out / f"mail-move-{name}-{args.language}-x{args.scale}.png"
        wizard.grab().save(str(path))
        print(path)

    with running_dovecot() as target:
        state = CancellationState(demo=True)
        state.mail_backup = summary
        wizard = CancelWizard(state)
        wizard.removePage(PageId.MAIL_MOVE)
        page = MailMovePage(state, allow_plain=True)
        wizard.setPage(PageId.MAIL_MOVE, page)
        wizard.setStartId(PageId.MAIL_MOVE)
        wizard.restart()
        wizard.show()
        settle(app, lambda: page.loaded, 20)
        shot(wizard, "1-empty")
        page.lesson.hide()
        page.lesson_dismissed = True
        page.move_choice.setChecked(True)
        shot(wizard, "2-chosen")
        csv = dest / "accounts.csv"
        csv.write_text("email,imap_user,imap_host,imap_port,security,password\n" + "".join(
            f"{u},{u},127.0.0.1,{target.port},plain,{target.password}\n" for u in USERS[:2]),
            "utf-8")
        page.fill_from_csv(csv)
        settle(app, lambda: bool(page.boxes[0].host.text()), 20)
        third = page.box(USERS[2])
        third.user.setText("sofie@nyudbyder.dk")
        third.host.setText("127.0.0.1")
        third.choose_security(Security.PLAIN)
        third.port.setValue(target.port)
        third.password.setText("wrong")
        third.test_button.click()
        settle(app, lambda: "refused" in third.message.text() or "afvist" in
               third.message.text(), 20)
        settle(app, lambda: False, 1)
        shot(wizard, "3-csv-filled")
        third.user.setText(USERS[2])
        third.password.setText(target.password)
        page.move_button.click()
        settle(app, lambda: any(b.progress is not None and b.progress.sent > 3
                                for b in page.boxes) or not page.running, 30)
        shot(wizard, "4-moving")
        settle(app, lambda: not page.running, 120)
        shot(wizard, "5-moved")
        bar = page.findChild(QScrollArea).verticalScrollBar()
        bar.setValue(bar.maximum())
        shot(wizard, "6-moved-end")
        wizard.shutdown()
    # The Domains page's message to users, with the old mail moved by the admin.
    from ui.widgets.user_notice import UserNoticeDialog

    dialog = UserNoticeDialog("lillebager.dk", USERS, "Mette Kragh", admin_moves_mail=True)
    dialog.provider.setText("Fastmail")
    dialog.show()
    shot(dialog, "7-user-notice")
    return 0


if __name__ == "__main__":
    sys.exit(main())
