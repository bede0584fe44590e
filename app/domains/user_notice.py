"""The message that tells users when their mail moves and what they must do.

The admin edits the text; this module fills in the template and builds the
``mailto:`` link (RFC 6068). Recipients go in Bcc so users don't see each
other's addresses.
"""

from __future__ import annotations

import string
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from urllib.parse import quote

from PySide6.QtCore import QCoreApplication

# Qt's translator: found by lupdate as translate("notice", "…"); QtCore needs no display.
translate = QCoreApplication.translate

# A mailto: link longer than this is cut by some mail programs (Outlook ~2,000).
MAILTO_SAFE_LENGTH = 2000


@dataclass(frozen=True)
class UserNotice:
    """What goes into the message."""

    domain: str
    move_date: date
    new_provider: str = ""
    admin_name: str = ""
    recipients: tuple[str, ...] = ()
    admin_moves_mail: bool = False   # the admin moves the old mail with Cancel365 (Move mail page)


def default_subject() -> str:
    return translate("notice", "Your e-mail moves on {date}")


def default_template() -> str:
    """The editable text; {date}, {domain}, {provider}, {admin} and {old_mail} (what happens to
    the old mail: :func:`old_mail_text`) are filled in."""
    return translate(
        "notice",
        "Hello,\n\n"
        "On {date} the e-mail for {domain} moves from Microsoft 365 to {provider}. "
        "Your e-mail address stays the same.\n\n"
        "What you need to do:\n"
        "1. {old_mail}\n"
        "2. Before {date}: copy your OneDrive files somewhere else.\n"
        "3. From {date}: sign in to {provider} with the details you will receive, and set up "
        "the mail app on your computer and phone again.\n"
        "4. When the Microsoft 365 subscription ends, Office on your computer can only open "
        "and print documents: remove it then.\n\n"
        "On the day of the move, new mail may arrive a few hours late.\n\n"
        "Questions? Just reply to this message.\n\n"
        "{admin}\n")


def fill(template: str, values: Mapping[str, str]) -> str:
    """``template`` with the known placeholders filled; anything else untouched."""
    out = []
    for literal, field, spec, conversion in string.Formatter().parse(template):
        out.append(literal)
        if field is None:
            continue
        if field in values and not spec and not conversion:
            out.append(values[field])
        else:
            suffix = (f"!{conversion}" if conversion else "") + (f":{spec}" if spec else "")
            out.append("{" + field + suffix + "}")
    return "".join(out)


def old_mail_text(admin_moves_mail: bool) -> str:
    """When the old mail appears at the new provider: once the admin moved it with Cancel365,
    or never by itself (the user moves it). {date} and {provider} are filled in."""
    if admin_moves_mail:
        return translate(
            "notice",
            "Your old e-mail: you need not export it. I copy it from Microsoft 365 into your "
            "new mailbox at {provider}, in the same folders; it appears there once I have moved "
            "it, on or soon after {date}. Before {date}, keep the contacts and calendar items "
            "you need (export them from Outlook or ask me for help); what stays in Microsoft "
            "365 will be deleted.")
    return translate(
        "notice",
        "Before {date}: keep the e-mail, contacts and calendar items you need. Export them "
        "from Outlook or ask me for help; what stays in Microsoft 365 will be deleted. Your "
        "old e-mail does not appear at {provider} by itself: if you want it there, you move "
        "it there yourself.")


def placeholders(notice: UserNotice, date_text: str | None = None) -> dict[str, str]:
    values = {
        "date": date_text or notice.move_date.isoformat(),
        "domain": notice.domain,
        "provider": notice.new_provider or translate("notice", "the new mail provider"),
        "admin": notice.admin_name,
    }
    values["old_mail"] = fill(old_mail_text(notice.admin_moves_mail), values)
    return values


def render(notice: UserNotice, template: str | None = None, subject: str | None = None,
           date_text: str | None = None) -> tuple[str, str]:
    """``(subject, body)`` for ``notice``."""
    values = placeholders(notice, date_text)
    return (fill(subject or default_subject(), values),
            fill(template or default_template(), values).rstrip() + "\n")


def mailto_link(recipients: Sequence[str], subject: str, body: str) -> str:
    """A ``mailto:`` URL with the recipients in Bcc, the subject and the body."""
    def enc(text: str) -> str:
        return quote(text.replace("\r\n", "\n").replace("\n", "\r\n"), safe="")

    query = []
    if recipients:
        query.append("bcc=" + ",".join(quote(r, safe="@") for r in recipients))
    query.append("subject=" + enc(subject))
    query.append("body=" + enc(body))
    return "mailto:?" + "&".join(query)
