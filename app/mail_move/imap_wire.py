"""The IMAP wire of a mail move, where imapclient does not say enough: the server's words,
APPENDUID's UIDs, MULTIAPPEND's answer checked, pipelined APPENDs, and what a folder holds.

RFC 3502 (MULTIAPPEND), RFC 4315 (UIDPLUS: APPENDUID), RFC 7888 (LITERAL+).
"""

from __future__ import annotations

import re
import socket
import ssl
from collections import Counter
from datetime import datetime

import imapclient
from imapclient.datetime_util import datetime_to_INTERNALDATE
from imapclient.exceptions import IMAPClientAbortError, IMAPClientError
from imapclient.imapclient import seq_to_parenstr

from app.mail_move.source import KEY_FIELDS, message_key

# What a dropped connection raises, from imapclient, the socket or TLS.
DROPPED = (IMAPClientAbortError, OSError, socket.timeout, ssl.SSLError, EOFError)

_APPENDUID = re.compile(rb"\[APPENDUID (\d+) ([0-9:,]+)\]", re.I)
_HEADER_ITEM = f"BODY.PEEK[HEADER.FIELDS ({' '.join(KEY_FIELDS)})]"
_TIMING = re.compile(r"\s*\(\d+\.\d+ \+ [0-9.+ ]*secs\)")

# One message to append: its bytes, its flags, and its received time (the internal date).
Append = tuple[bytes, tuple[bytes, ...], datetime]


def server_words(exc: BaseException) -> str:
    """The server's words (without Dovecot's timings), or the error's kind."""
    text = str(exc)
    if text[:2] in ("b'", 'b"'):
        text = text[2:-1]
    return _TIMING.sub("", text).strip() or type(exc).__name__


def joined(data: object) -> str:
    """An imaplib answer (bytes, or lists of them) as one line of text."""
    if isinstance(data, (list, tuple)):
        return " ".join(joined(d) for d in data)
    if isinstance(data, bytes):
        return data.decode("utf-8", "replace")
    return str(data)


def is_overquota(text: str) -> bool:
    low = text.upper()
    return "[OVERQUOTA]" in low or "QUOTA EXCEEDED" in low


def appended_uids(response: object) -> tuple[int | None, list[int]]:
    """UIDVALIDITY and the UIDs an APPEND's answer names (APPENDUID), or (None, [])."""
    if isinstance(response, (tuple, list)):
        response = b" ".join(r if isinstance(r, bytes) else str(r).encode() for r in response)
    if isinstance(response, str):
        response = response.encode()
    if not isinstance(response, bytes):
        response = b""
    m = _APPENDUID.search(response)
    if not m:
        return None, []
    uids: list[int] = []
    for piece in m.group(2).split(b","):
        a, _, b = piece.partition(b":")
        lo, hi = int(a), int(b or a)
        uids.extend(range(min(lo, hi), max(lo, hi) + 1))
    return int(m.group(1)), uids


def multiappend(client: imapclient.IMAPClient, folder: str, messages: list[Append]) -> object:
    """One MULTIAPPEND of ``messages``: the OK answer, or IMAPClientError with the server's
    words (all or nothing, RFC 3502). imapclient hands back (typ, data) without checking it."""
    typ, response = client.multiappend(folder, [
        {"msg": data, "flags": flags, "date": when} for data, flags, when in messages])
    if typ != "OK":
        raise IMAPClientError(server_words(IMAPClientError(joined(response))))
    return response


def pipelined_appends(client: imapclient.IMAPClient, folder: str,
                      messages: list[Append]) -> list[tuple[str, object]]:
    """One APPEND per message, all written before the first answer is read (LITERAL+: no
    continuation to wait for), then the answers, (typ, data), in order.

    imapclient has no pipelining, so this writes to its imaplib connection the way imaplib
    itself does. A BAD answer leaves the connection's state unknown: IMAPClientAbortError."""
    imap = client._imap
    name = client._normalise_folder(folder)
    if isinstance(name, str):
        name = name.encode("ascii")
    tags = []
    for data, flags, when in messages:
        tag = imap._new_tag()          # registers the tag as waiting
        imap.send(tag + b" APPEND " + name + b" " + seq_to_parenstr(flags).encode("ascii")
                  + b' "' + datetime_to_INTERNALDATE(when).encode("ascii") + b'" {'
                  + str(len(data)).encode() + b"+}\r\n" + data + b"\r\n")
        tags.append(tag)
    answers = []
    for tag in tags:
        try:
            answers.append(imap._command_complete("APPEND", tag))
        except IMAPClientAbortError:
            raise
        except IMAPClientError as exc:
            raise IMAPClientAbortError(server_words(exc)) from None
    return answers


def folder_keys(client: imapclient.IMAPClient, folder: str, *, readonly: bool) -> Counter[str]:
    """The matching keys (app/mail_move/source.message_key) of the messages in ``folder``."""
    info = client.select_folder(folder, readonly=readonly)
    found: Counter[str] = Counter()
    if int(info.get(b"EXISTS", 0) or 0) == 0:
        return found
    uids = client.search("ALL")
    for start in range(0, len(uids), 1000):
        rows = client.fetch(uids[start:start + 1000], [_HEADER_ITEM])
        for data in rows.values():
            head = next((v for k, v in data.items() if isinstance(k, bytes)
                         and k.startswith(b"BODY[") and isinstance(v, bytes)), b"")
            found[message_key(head + b"\r\n")] += 1
    return found
