"""The seeded generator of the demo's ordinary mailboxes: standard folders, a few messages, one event."""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from app.demo.calendar_data import single_event
from app.demo.mailbox_model import DemoFolder, DemoMailbox, JsonDict, demo_id

if TYPE_CHECKING:
    from app.demo.mail_data import MailStore

SUBJECTS = ["Vagtplan uge 49", "Bestilling af rugbrød", "Møde om julemarkedet", "Ferie",
            "Kassen stemmer ikke", "Leverance forsinket", "Ny opskrift"]
SENDERS = [("Grossisten", "salg@grossist.dk"), ("Mette Kragh", "mette.kragh@lillebager.dk"),
           ("Bjørn Østergård", "bjorn@example.dk"), ("Kaffebaren", "info@kaffebaren.dk")]
WORDS = ["rugbrød", "kanel", "smør", "mel", "ovn", "kunde", "bestilling", "levering", "kage",
         "faktura", "uge", "morgen"]


def standard_folders(store: MailStore, box: DemoMailbox) -> dict[str, DemoFolder]:
    """Exchange's well-known folders, by their well-known names."""
    out = {}
    for wk, name in (("inbox", "Inbox"), ("sentitems", "Sent Items"), ("drafts", "Drafts"),
                     ("deleteditems", "Deleted Items"), ("archive", "Archive"),
                     ("junkemail", "Junk Email")):
        out[wk] = store.add_folder(box, name, well_known=wk)
    return out


def fill_plain(store: MailStore, box: DemoMailbox, user: JsonDict, base: datetime) -> None:
    """3 to 6 messages in the Inbox (seeded by the user), one sent, one calendar event."""
    rnd = random.Random(box.user_id)
    std = standard_folders(store, box)
    for i in range(rnd.randint(3, 6)):
        store.add_message(box, std["inbox"], f"{rnd.choice(SUBJECTS)} ({i + 1})",
                          rnd.choice(SENDERS), base - timedelta(hours=7 * i + 3),
                          is_read=i % 3 != 0)
    store.add_message(box, std["sentitems"], "Re: Vagtplan", (user["displayName"], box.address),
                      base - timedelta(days=2))
    box.calendars.append({"id": demo_id(box.user_id, "cal"), "name": "Calendar",
                          "isDefaultCalendar": True, "events": [single_event(
                              box.user_id, "Personalemøde", datetime(2026, 12, 3, 14, 0),
                              60, "Romance Standard Time")]})
