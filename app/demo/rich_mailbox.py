"""Mette Kragh's demo mailbox: the special cases (nested, hidden, RFC 2047, 25 MB, no Message-ID)."""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from app.demo.calendar_data import rich_events, single_event
from app.demo.contact_data import rich_contacts, supplier_contacts
from app.demo.mailbox_model import DemoMailbox, demo_id
from app.demo.ordinary_mail import SENDERS, standard_folders

if TYPE_CHECKING:
    from app.demo.mail_data import MailStore


def fill_rich(store: MailStore, box: DemoMailbox, base: datetime) -> None:
    """Folders under the Inbox, an Archive, a hidden folder, attachments (one of 25 MB),
    non-ASCII subjects and names, a message without ``internetMessageId``, two calendars
    and contacts in two folders."""
    std = standard_folders(store, box)
    inbox = std["inbox"]
    kunder = store.add_folder(box, "Kunder", inbox)
    cafe = store.add_folder(box, "Café Østerbro", kunder)
    projekter = store.add_folder(box, "Projekter 2026")
    hidden = store.add_folder(box, "Skjulte noter", hidden=True)
    add = store.add_message
    add(box, inbox, "Æbleskiver til julemarkedet – bestilling", ("Søren Ærø", "soren@aero.dk"),
        base - timedelta(hours=1), is_read=False)
    add(box, inbox, "Tilbud på æblekage", ("Åse Øberg", "aase@oeberg.se"),
        base - timedelta(hours=5), kind="attach", flagged=True)
    add(box, inbox, "Uden Message-ID", ("Gammel printer", "scan@lillebager.dk"),
        base - timedelta(days=1), imid=None)
    add(box, inbox, "Ordre #2231 bekræftet", ("Webshop", "ordre@lillebager.dk"),
        base - timedelta(days=2))
    add(box, inbox, "Грузовик приедет в 7 утра", ("Дмитрий", "dmitri@example.com"),
        base - timedelta(days=3), is_read=False, flagged=True)
    add(box, kunder, "Fast levering hver fredag", ("Kaffebaren", "info@kaffebaren.dk"),
        base - timedelta(days=6))
    add(box, cafe, "Kanelsnegle × 40", ("Café Østerbro", "hej@cafeosterbro.dk"),
        base - timedelta(days=8), kind="attach")
    add(box, cafe, "Faktura 1042", ("Café Østerbro", "hej@cafeosterbro.dk"),
        base - timedelta(days=9))
    add(box, projekter, "Ny ovn – tidsplan", ("Anders Holm", "anders.holm@lillebager.dk"),
        base - timedelta(days=20))
    add(box, std["archive"], "Video fra butikken", ("Freja Dahl", "freja.dahl@lillebager.dk"),
        base - timedelta(days=120), kind="big")
    for i in range(6):
        add(box, std["archive"], f"Gammel korrespondance {i + 1}", random.Random(i).choice(
            SENDERS), base - timedelta(days=200 + i * 11))
    add(box, std["sentitems"], "Re: Æbleskiver til julemarkedet", ("Mette Kragh", box.address),
        base - timedelta(minutes=30))
    add(box, std["deleteditems"], "Nyhedsbrev", ("Grossisten", "news@grossist.dk"),
        base - timedelta(days=4))
    add(box, hidden, "Note til mig selv", ("Mette Kragh", box.address),
        base - timedelta(days=30))
    box.calendars.append({"id": demo_id(box.user_id, "cal"), "name": "Calendar",
                          "isDefaultCalendar": True, "events": rich_events(box.user_id)})
    box.calendars.append({"id": demo_id(box.user_id, "cal2"), "name": "Butikken",
                          "isDefaultCalendar": False, "events": [single_event(
                              box.user_id, "Vareopptælling", datetime(2026, 12, 28, 7, 0),
                              180, "Romance Standard Time")]})
    box.contacts.extend(rich_contacts())
    box.contact_folders.append({"id": demo_id(box.user_id, "cf"), "displayName": "Leverandører",
                                "contacts": supplier_contacts()})
