"""The sign-in and keyring errors an admin can meet, each saying what to do.

Kept next to the code that raises them; all derive from :class:`Cancel365Error`.
None of them ever carries a token, a secret or a code.
"""

from __future__ import annotations

from app.errors import Cancel365Error


class KeyringLockedError(Cancel365Error):
    """The OS keyring exists but is locked."""

    def __init__(self) -> None:
        super().__init__(
            "Your computer's password store (keyring) is locked, so Cancel365 cannot "
            "open your saved sign-in. Unlock it (on Linux: open Passwords and Keys, or "
            "log out and in again; on macOS: unlock the login keychain), then try again.")


class KeyringFailedError(Cancel365Error):
    """The OS keyring answered with an error."""

    def __init__(self, what: str) -> None:
        super().__init__(
            f"Your computer's password store (keyring) refused to {what}. Check that it "
            "is working (for example in Passwords and Keys or Keychain Access), then try "
            "again.")


class NoClientIdError(Cancel365Error):
    """No app registration's client ID is configured."""

    def __init__(self) -> None:
        super().__init__(
            "Cancel365 needs the client ID of your organization's own app registration to "
            "sign in. Open Settings and enter it (docs/app-registration.md explains how to "
            "create one in five minutes).")


class SignInCancelledError(Cancel365Error):
    """The admin stopped the sign-in."""

    def __init__(self) -> None:
        super().__init__("Sign-in was cancelled. Sign in again when you are ready.")


class SignInTimeoutError(Cancel365Error):
    """Nobody finished signing in within the time allowed."""

    def __init__(self, minutes: int) -> None:
        super().__init__(
            f"Sign-in was not finished within {minutes} minutes, so it was stopped. "
            "Sign in again and finish it in the browser (or with the code) in time.")


class SignInFailedError(Cancel365Error):
    """Microsoft's sign-in service said no; the message explains its code."""

    def __init__(self, message: str, *, code: str = "") -> None:
        super().__init__(message)
        self.code = code


class SignInRequiredError(Cancel365Error):
    """No usable sign-in: the saved one expired, was revoked, or never existed."""

    def __init__(self) -> None:
        super().__init__(
            "Your sign-in has expired or was revoked. Go back to the Sign-in page and sign "
            "in again.")


class ConsentNeededError(Cancel365Error):
    """A write action needs a permission the admin has not granted yet."""

    def __init__(self, permissions: str) -> None:
        super().__init__(
            f"This step needs the permission {permissions}. Sign in again when asked and "
            "accept it; nothing was changed.")
