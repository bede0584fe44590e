"""Where each saved folder goes on the new server.

Inbox -> INBOX (its subfolders below it); Sent Items, Deleted Items, Drafts, Junk Email and
Archive (by their English or localized Outlook names) -> the server's SPECIAL-USE folders
(RFC 6154, ``LIST (SPECIAL-USE)``), or, on a server without them, a folder with a usual name
that is already there, else one made with the usual name; every other folder under the
personal namespace's prefix. Names are joined with the server's delimiter; imapclient turns
them into modified UTF-7 (RFC 3501) on the wire.
"""

from __future__ import annotations

from dataclasses import dataclass

import imapclient
from imapclient.exceptions import IMAPClientError

from app.mail_move.source import SourceFolder

# Outlook's display names of the well-known folders (English, da, sv, nl, nb, de), lower case
OUTLOOK_NAMES: dict[str, tuple[str, ...]] = {
    "\\Sent": ("sent items", "sent", "sendt post", "skickade objekt", "verzonden items",
               "sendte elementer", "gesendete elemente"),
    "\\Trash": ("deleted items", "slettet post", "borttagna objekt", "verwijderde items",
                "slettede elementer", "gelöschte elemente"),
    "\\Drafts": ("drafts", "kladder", "utkast", "concepten", "entwürfe"),
    "\\Junk": ("junk email", "junk e-mail", "uønsket mail", "uønsket e-mail", "skräppost",
               "ongewenste e-mail", "søppelpost", "junk-e-mail"),
    "\\Archive": ("archive", "arkiv", "archief", "archiv"),
}
# what such a folder is usually called on other servers (first: the name made when none is there)
USUAL_NAMES: dict[str, tuple[str, ...]] = {
    "\\Sent": ("Sent", "Sent Items", "Sent Messages", "Sent Mail"),
    "\\Trash": ("Trash", "Deleted Items", "Deleted Messages", "Deleted"),
    "\\Drafts": ("Drafts",),
    "\\Junk": ("Junk", "Spam", "Junk Email", "Junk E-mail"),
    "\\Archive": ("Archive", "Archives"),
}


def special_use_of(name: str) -> str | None:
    low = name.strip().lower()
    for use, names in OUTLOOK_NAMES.items():
        if low in names:
            return use
    return None


@dataclass
class ServerFolders:
    delimiter: str
    prefix: str                       # the personal namespace's prefix ("" or "INBOX.")
    special_use: bool                 # the server announces SPECIAL-USE
    existing: dict[str, tuple[bytes, ...]]   # name -> LIST flags
    special: dict[str, str]           # "\\Sent" -> the server's folder

    @classmethod
    def read(cls, client: imapclient.IMAPClient) -> ServerFolders:
        prefix, delimiter = "", ""
        try:
            spaces = client.namespace()
            if spaces.personal:
                prefix = spaces.personal[0][0] or ""
                delimiter = spaces.personal[0][1] or ""
        except IMAPClientError:
            pass
        if isinstance(prefix, bytes):
            prefix = prefix.decode()
        if isinstance(delimiter, bytes):
            delimiter = delimiter.decode()
        rows = client.list_folders()
        for _flags, delim, _name in rows:
            if delim and not delimiter:
                delimiter = delim.decode() if isinstance(delim, bytes) else str(delim)
        delimiter = delimiter or "/"
        existing = {str(name): tuple(flags) for flags, _d, name in rows}
        special_use = client.has_capability("SPECIAL-USE")
        special: dict[str, str] = {}
        for name, flags in existing.items():
            for flag in flags:
                text = flag.decode() if isinstance(flag, bytes) else str(flag)
                if text in USUAL_NAMES and text not in special:
                    special[text] = name
        return cls(delimiter, prefix, special_use, existing, special)

    def has(self, name: str) -> bool:
        return name in self.existing or (name.upper() == "INBOX" and any(
            n.upper() == "INBOX" for n in self.existing))

    def _part(self, name: str) -> str:
        # a "/" inside one Outlook folder's name must not make a level on a "/" server
        return name.replace(self.delimiter, "_") if self.delimiter else name

    def _usual(self, use: str) -> str:
        by_lower = {n.lower(): n for n in self.existing}
        for usual in USUAL_NAMES[use]:
            for candidate in (self.prefix + usual, usual):
                if candidate.lower() in by_lower:
                    return by_lower[candidate.lower()]
        return self.prefix + USUAL_NAMES[use][0]

    def target(self, folder: SourceFolder) -> str:
        d = self.delimiter
        parts = [self._part(p) for p in folder.parts]
        if folder.under_inbox:
            return d.join(["INBOX", *parts])
        use = special_use_of(folder.parts[0]) if folder.parts else None
        if use:
            top = self.special.get(use) or self._usual(use)
            return d.join([top, *parts[1:]])
        return self.prefix + d.join(parts)

    def parents(self, name: str) -> list[str]:
        """The folders above ``name`` (to make first), outermost first."""
        d = self.delimiter
        body = name[len(self.prefix):] if self.prefix and name.startswith(self.prefix) else name
        pieces = body.split(d) if d else [body]
        head = self.prefix if self.prefix and name.startswith(self.prefix) else ""
        out = []
        for i in range(1, len(pieces)):
            out.append(head + d.join(pieces[:i]))
        return [p for p in out if p and p.rstrip(d) != self.prefix.rstrip(d)]
