"""One user's IMAP connection: made with pauses, made again after a drop (a few times), closed."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

import imapclient
from imapclient.exceptions import IMAPClientError

from app.mail_move.accounts import MoveAccount
from app.mail_move.folders import ServerFolders
from app.mail_move.imap_wire import DROPPED, server_words
from app.mail_move.login import MoveConnectError, MoveLoginError, connect
from app.mail_move.stops import Stopped, StopUser
from app.texts import translate

log = logging.getLogger(__name__)

RECONNECTS = 8                     # per user and run
CONNECT_PAUSES = (1.0, 2.0, 4.0, 8.0, 15.0)


class UserConnection:
    """``client`` is the live session (None when closed); ``server`` its folders, read once."""

    def __init__(self, account: MoveAccount, password: str, *, insecure: bool, timeout: float,
                 stop: threading.Event, tell: Callable[[str], None]) -> None:
        self.account = account
        self.password: str | None = password
        self.insecure = insecure
        self.timeout = timeout
        self.stop = stop
        self.tell = tell
        self.client: imapclient.IMAPClient | None = None
        self.server: ServerFolders | None = None
        self.reconnects = 0

    def connect(self) -> None:
        pauses = list(CONNECT_PAUSES)
        while True:
            if self.stop.is_set():
                raise Stopped()
            try:
                self.client = connect(self.account, self.password or "",
                                      insecure=self.insecure, timeout=self.timeout)
                break
            except MoveLoginError as exc:
                raise StopUser(str(exc), login=True) from None
            except MoveConnectError as exc:
                if not pauses:
                    raise StopUser(str(exc), login=self.server is None) from None
                self.tell(translate("mail_move", "{0} Trying again.").format(exc))
                if self.stop.wait(pauses.pop(0)):
                    raise Stopped() from None
        if self.server is None:
            self.server = ServerFolders.read(self.client)
        else:
            self.server.existing.update(ServerFolders.read(self.client).existing)

    def reconnect(self, exc: BaseException) -> None:
        self.close()
        self.reconnects += 1
        if self.reconnects > RECONNECTS:
            raise StopUser(translate(
                "mail_move", "The connection to {0} kept breaking ({1}); stopped after {2} "
                "tries. Run it again later: it goes on where it left off.").format(
                    self.account.imap_host, server_words(exc), RECONNECTS)) from None
        log.info("mail-move %s: connection dropped (%s), reconnecting", self.account.email,
                 type(exc).__name__)
        self.tell(translate("mail_move", "The connection broke ({0}); connecting again.").format(
            server_words(exc)))
        self.connect()

    def close(self) -> None:
        client, self.client = self.client, None
        if client is None:
            return
        try:
            client.logout()
        except (IMAPClientError, *DROPPED):
            try:
                client.shutdown()
            except (IMAPClientError, *DROPPED):
                pass

    def end(self) -> None:
        """Closed for good: the password is forgotten."""
        self.close()
        self.password = None
