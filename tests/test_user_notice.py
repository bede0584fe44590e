"""The message to users: the template filled in, and a mailto: link that mail programs read."""

from __future__ import annotations

from datetime import date
from urllib.parse import parse_qs, unquote, urlsplit

from app.domains.user_notice import UserNotice, default_template, fill, mailto_link, render


def test_template_names_the_date_the_domain_and_what_to_do():
    notice = UserNotice("lillebager.dk", date(2026, 12, 1), "Fastmail", "Mette Holm")
    subject, body = render(notice, date_text="1 December 2026")

    assert subject == "Your e-mail moves on 1 December 2026"
    assert "On 1 December 2026 the e-mail for lillebager.dk moves from Microsoft 365 to " \
           "Fastmail" in body
    assert "What you need to do" in body and body.rstrip().endswith("Mette Holm")
    assert "{" not in body


def test_admin_edits_are_kept_and_unknown_braces_left_alone():
    notice = UserNotice("lillebager.dk", date(2026, 12, 1))
    _, body = render(notice, template="Moving {date} to {provider}. Keep {this} and {0}.")
    assert body == "Moving 2026-12-01 to the new mail provider. Keep {this} and {0}.\n"
    assert fill("{date:%Y}", {"date": "x"}) == "{date:%Y}"
    assert "{date}" in default_template()


def test_mailto_link_round_trips_subject_body_and_bcc():
    body = "Hello,\n\nLine with & and ? and æøå.\n"
    link = mailto_link(["anna@lillebager.dk", "bo@lillebager.dk"], "Mail moves 1/12", body)

    parts = urlsplit(link)
    assert parts.scheme == "mailto" and parts.path == ""
    query = parse_qs(parts.query)
    assert query["bcc"] == ["anna@lillebager.dk,bo@lillebager.dk"]
    assert query["subject"] == ["Mail moves 1/12"]
    assert query["body"] == [body.replace("\n", "\r\n")]
    assert " " not in link and "\n" not in link
    assert unquote(link).count("\r\n") == 3


def test_the_message_says_when_the_old_mail_appears_at_the_new_provider():
    moved = UserNotice("lillebager.dk", date(2026, 12, 1), "Fastmail", admin_moves_mail=True)
    _, body = render(moved, date_text="1 December 2026")
    assert "I copy it from Microsoft 365 into your new mailbox at Fastmail" in body
    assert "once I have moved it, on or soon after 1 December 2026" in body
    assert "{" not in body

    themselves = UserNotice("lillebager.dk", date(2026, 12, 1), "Fastmail")
    _, body = render(themselves, date_text="1 December 2026")
    assert "does not appear at Fastmail by itself" in body and "move it there yourself" in body
    assert "{" not in body


def test_the_dialog_follows_the_admins_choice_about_the_old_mail(qtbot):
    from ui.widgets.user_notice import UserNoticeDialog

    dialog = UserNoticeDialog("lillebager.dk", ["anna@lillebager.dk"], "Mette Holm",
                              admin_moves_mail=True)
    qtbot.addWidget(dialog)
    assert "I copy it" in dialog.body.toPlainText()
    dialog.old_mail.setCurrentIndex(dialog.old_mail.findData(False))
    assert "move it there yourself" in dialog.body.toPlainText()
