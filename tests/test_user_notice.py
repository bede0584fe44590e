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
