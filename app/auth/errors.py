"""The sign-in and keyring errors an admin can meet, each saying what to do.

Kept next to the code that raises them; all derive from :class:`Cancel365Error`.
None of them ever carries a token, a secret or a code.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import requests

from app.errors import Cancel365Error, NetworkError
from app.texts import QT_TRANSLATE_NOOP, translate


class KeyringLockedError(Cancel365Error):
    """The OS keyring exists but is locked."""

    def __init__(self) -> None:
        super().__init__(translate(
            "auth", "Your computer's password store (keyring) is locked, so Cancel365 cannot "
            "open your saved sign-in. Unlock it (on Linux: open Passwords and Keys, or "
            "log out and in again; on macOS: unlock the login keychain), then try again."))


class KeyringFailedError(Cancel365Error):
    """The OS keyring answered with an error.

    ``what`` is what it refused, in English ("read Cancel365's key"); the three
    that app/auth/secrets.py says each have a whole sentence to translate.
    """

    def __init__(self, what: str) -> None:
        known = {
            "read Cancel365's key": translate(
                "auth", "Your computer's password store (keyring) refused to read Cancel365's key. "
                "Check that it is working (for example in Passwords and Keys or Keychain Access), "
                "then try again."),
            "store Cancel365's key": translate(
                "auth", "Your computer's password store (keyring) refused to store Cancel365's key. "
                "Check that it is working (for example in Passwords and Keys or Keychain Access), "
                "then try again."),
            "remove Cancel365's key": translate(
                "auth", "Your computer's password store (keyring) refused to remove Cancel365's key. "
                "Check that it is working (for example in Passwords and Keys or Keychain Access), "
                "then try again."),
        }
        super().__init__(known.get(what) or translate(
            "auth", "Your computer's password store (keyring) refused to {0}. Check that it "
            "is working (for example in Passwords and Keys or Keychain Access), then try "
            "again.").format(what))


class NoClientIdError(Cancel365Error):
    """No app registration's client ID is configured."""

    def __init__(self) -> None:
        super().__init__(translate(
            "auth", "Cancel365 needs the client ID of your organization's own app registration to "
            "sign in. Open Settings and enter it (docs/app-registration.md explains how to "
            "create one in five minutes)."))


class SignInCancelledError(Cancel365Error):
    """The admin stopped the sign-in."""

    def __init__(self) -> None:
        super().__init__(translate("auth", "Sign-in was cancelled. Sign in again when you are ready."))


class SignInTimeoutError(Cancel365Error):
    """Nobody finished signing in within the time allowed."""

    def __init__(self, minutes: int) -> None:
        super().__init__(translate(
            "auth", "Sign-in was not finished within {0} min, so it was stopped. "
            "Sign in again and finish it in the browser (or with the code) in time.").format(minutes))


class SignInFailedError(Cancel365Error):
    """Microsoft's sign-in service said no; the message explains its code."""

    def __init__(self, message: str, *, code: str = "") -> None:
        super().__init__(message)
        self.code = code


class SignInRequiredError(Cancel365Error):
    """No usable sign-in: the saved one expired, was revoked, or never existed."""

    def __init__(self) -> None:
        super().__init__(translate(
            "auth", "Your sign-in has expired or was revoked. Go back to the Sign-in page and sign "
            "in again."))


class ConsentNeededError(Cancel365Error):
    """A write action needs a permission the admin has not granted yet."""

    def __init__(self, permissions: str) -> None:
        super().__init__(translate(
            "auth", "This step needs the permission {0}. Sign in again when asked and "
            "accept it; nothing was changed.").format(permissions))


# English, marked for lupdate; explain() translates them when it makes the error.
_KNOWN = {
    "AADSTS700016": QT_TRANSLATE_NOOP(
        "auth", "Your organization does not know this app's client ID. Check the client ID "
        "(Application (client) ID on the app's Overview page) in Settings, or register the "
        "app with Register Cancel365 in your organization on the Sign-in page."),
    "AADSTS65002": QT_TRANSLATE_NOOP(
        "auth", "This client ID belongs to a Microsoft app that Cancel365 may not use. "
        "Register your own app (docs/app-registration.md) and enter its client ID."),
    "AADSTS50011": QT_TRANSLATE_NOOP(
        "auth", "The app registration is missing the redirect address http://localhost. Add "
        "it under Authentication → Mobile and desktop applications."),
    "AADSTS7000218": QT_TRANSLATE_NOOP(
        "auth", "The app registration does not allow public client flows. Turn on "
        "'Allow public client flows' under Authentication."),
    "AADSTS50194": QT_TRANSLATE_NOOP(
        "auth", "The app registration is single-tenant. Enter your tenant ID or domain "
        "under Settings → Tenant."),
    "AADSTS50020": QT_TRANSLATE_NOOP(
        "auth", "This account is not in your organization. Sign in with a work account of "
        "the organization whose subscription you want to cancel."),
    "AADSTS500200": QT_TRANSLATE_NOOP(
        "auth", "Personal Microsoft accounts cannot manage a business subscription. Sign "
        "in with a work account."),
    "AADSTS65001": QT_TRANSLATE_NOOP(
        "auth", "The permissions were not granted. Sign in again and accept the "
        "permissions Cancel365 asks for."),
    "AADSTS50126": QT_TRANSLATE_NOOP("auth", "The user name or password is wrong. Sign in again."),
}


def explain(result: dict[str, object]) -> SignInFailedError | SignInCancelledError:
    """One sentence for an MSAL error result; never includes a token or code."""
    error = str(result.get("error") or "unknown_error")
    description = str(result.get("error_description") or "")
    code = description.split(":", 1)[0] if description.startswith("AADSTS") else ""
    if error in ("access_denied", "authorization_declined") and code not in _KNOWN:
        return SignInCancelledError()
    if code in _KNOWN:
        return SignInFailedError(f"{translate('auth', _KNOWN[code])} [{code}]", code=code)
    first_line = description.splitlines()[0] if description else error
    return SignInFailedError(translate(
        "auth", "Microsoft's sign-in service refused the sign-in: {0} Try again; if "
        "it keeps happening, check the app registration (docs/app-registration.md).").format(
            first_line[:300]),
        code=code or error)


def call_msal(fn: Callable[..., Any], *args: Any,
              unusable: Callable[[ValueError], Exception], **kwargs: Any) -> Any:
    """Call into MSAL; a network failure or settings MSAL rejects become one sentence.

    ``unusable`` makes the error for a ValueError (an authority or tenant MSAL does not
    accept), which says which settings to check.
    """
    try:
        return fn(*args, **kwargs)
    except requests.RequestException as exc:
        raise NetworkError(translate(
            "auth", "Could not reach Microsoft's sign-in service ({0}). Check "
            "the internet connection and any proxy, then try again.").format(type(exc).__name__)) from None
    except ValueError as exc:
        raise unusable(exc) from None
