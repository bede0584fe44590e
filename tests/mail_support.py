"""Helpers for the mail tests: an app-only token for the demo tenant, a backup run."""

from __future__ import annotations

from pathlib import Path

from app.demo.graph_server import DemoGraphServer
from app.graph.client import StaticToken
from app.mail.backup import MailBackup, MailSummary

MAIL_ROLES = {"User.Read.All", "Mail.Read", "Calendars.Read", "Contacts.Read"}
RICH = "mette.kragh@lillebager.dk"
SHARED = "info@lillebager.dk"


def app_token(server: DemoGraphServer, roles: set[str] = MAIL_ROLES) -> StaticToken:
    return StaticToken(server.issue_token(user_id=None, scopes=roles))


def mail_backup(server: DemoGraphServer, dest: Path, *, users: list[str] | None = None,
                fmt: str = "maildir", roles: set[str] = MAIL_ROLES, **kw: object) -> MailSummary:
    engine = MailBackup(app_token(server, roles), server.graph_url, str(dest), fmt=fmt,
                        users=[RICH, SHARED] if users is None else users, **kw)  # type: ignore[arg-type]
    return engine.run()


def demo_box(server: DemoGraphServer, upn: str = RICH):  # noqa: ANN201 - a DemoMailbox
    store = server.routes.mail.store
    box = store.mailbox(upn)
    assert box is not None
    return box
