"""Connecting and signing in to the new provider's IMAP server (imapclient).

Implicit TLS (993) or STARTTLS, certificates checked against the system's trust store
(``SSL_CERT_FILE`` is honoured); plain text only when the admin asked for it
(``--insecure``) and the host is on loopback. A password is never part of a message,
a log line or an exception raised from here.
"""

from __future__ import annotations

import contextlib
import ssl
from dataclasses import dataclass

import imapclient
from imapclient.exceptions import IMAPClientError, LoginError

from app.mail_move.accounts import MoveAccount, Security, is_loopback
from app.texts import translate


class MoveLoginError(Exception):
    """Signing in failed for a reason that retrying will not change (wrong password,
    plain text refused, certificate not trusted). The message is for the admin."""


class MoveConnectError(Exception):
    """The server could not be reached (or the connection broke); worth a retry."""


@dataclass
class LoginCheck:
    ok: bool
    message: str            # translated; says what to do when not ok
    special_use: bool = False
    delimiter: str = ""


def tls_context() -> ssl.SSLContext:
    return ssl.create_default_context()


def _server_words(exc: BaseException) -> str:
    text = str(exc)
    if text.startswith("b'") or text.startswith('b"'):
        text = text[2:-1]
    return text.strip()


def connect(account: MoveAccount, password: str, *, insecure: bool = False,
            timeout: float = 60) -> imapclient.IMAPClient:
    """A signed-in client. Raises MoveLoginError (no retry) or MoveConnectError (retry)."""
    where = f"{account.imap_host}:{account.imap_port}"
    if account.security == Security.PLAIN and not (insecure and is_loopback(account.imap_host)):
        raise MoveLoginError(translate(
            "mail_move", "{0}: Cancel365 does not send a password in plain text. Use tls or "
            "starttls (plain is only for a test server on this computer, with --insecure)."
        ).format(where))
    try:
        client = imapclient.IMAPClient(
            account.imap_host, port=account.imap_port, ssl=account.security == Security.TLS,
            ssl_context=tls_context(), timeout=timeout)
    except ssl.SSLCertVerificationError as exc:
        raise MoveLoginError(translate(
            "mail_move", "{0}: the server's certificate is not trusted ({1}). Check the host "
            "name; ask the provider which host name to use.").format(
                where, exc.verify_message or exc.reason)) from None
    except (OSError, IMAPClientError) as exc:
        raise MoveConnectError(translate(
            "mail_move", "{0} cannot be reached ({1}). Check the host and port.").format(
                where, _server_words(exc) or type(exc).__name__)) from None
    try:
        if account.security == Security.STARTTLS:
            try:
                client.starttls(tls_context())
            except ssl.SSLCertVerificationError as exc:
                raise MoveLoginError(translate(
                    "mail_move", "{0}: the server's certificate is not trusted ({1}). Check the "
                    "host name; ask the provider which host name to use.").format(
                        where, exc.verify_message or exc.reason)) from None
            except IMAPClientError as exc:
                raise MoveLoginError(translate(
                    "mail_move", "{0} does not offer STARTTLS ({1}). Try tls on port 993."
                ).format(where, _server_words(exc))) from None
        try:
            client.login(account.imap_user, password)
        except LoginError as exc:
            raise MoveLoginError(translate(
                "mail_move", "{0}: the server refused the user name or password for {1} ({2}). "
                "Check them; some providers need an app password.").format(
                    where, account.imap_user, _server_words(exc))) from None
    except MoveLoginError:
        _drop(client)
        raise
    except (OSError, IMAPClientError) as exc:
        _drop(client)
        raise MoveConnectError(translate(
            "mail_move", "{0}: the connection broke while signing in ({1}).").format(
                where, _server_words(exc) or type(exc).__name__)) from None
    return client


def _drop(client: imapclient.IMAPClient) -> None:
    with contextlib.suppress(OSError, IMAPClientError):
        client.shutdown()


def server_delimiter(client: imapclient.IMAPClient) -> str:
    """The hierarchy delimiter (``LIST "" ""``), "/" when the server names none."""
    try:
        rows = client.list_folders("", "")
    except IMAPClientError:
        rows = []
    for _flags, delim, _name in rows:
        if delim:
            return delim.decode() if isinstance(delim, bytes) else str(delim)
    return "/"


def test_login(account: MoveAccount, password: str, *, insecure: bool = False,
               timeout: float = 20) -> LoginCheck:
    """Signs in once and out again. Never raises for a wrong password, an unreachable host
    or a bad certificate: those are ``ok=False`` with a message that says what to do."""
    try:
        client = connect(account, password, insecure=insecure, timeout=timeout)
    except (MoveLoginError, MoveConnectError) as exc:
        return LoginCheck(False, str(exc))
    except OSError as exc:  # pragma: no cover - belt and braces
        return LoginCheck(False, str(exc))
    try:
        special = client.has_capability("SPECIAL-USE")
        delimiter = server_delimiter(client)
    except (OSError, IMAPClientError) as exc:
        _drop(client)
        return LoginCheck(False, translate(
            "mail_move", "Signed in, but the server stopped answering ({0}).").format(
                _server_words(exc)))
    with contextlib.suppress(OSError, IMAPClientError):
        client.logout()
    return LoginCheck(True, translate("mail_move", "Signed in to {0} as {1}.").format(
        account.imap_host, account.imap_user), special, delimiter)
