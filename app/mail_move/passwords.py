"""The new provider's passwords, in the OS keyring (app.auth.secrets.SecretStore), one name
per account. "Sign out" (SecretStore.forget_everything) removes them with every other secret."""

from __future__ import annotations

from app.auth.secrets import SecretStore
from app.mail_move.accounts import MoveAccount

PREFIX = "mail-move:"


def secret_name(account: MoveAccount) -> str:
    """The account's own name in the store (no password in it)."""
    return (f"{PREFIX}{account.email.lower()}:{account.imap_user}@{account.imap_host.lower()}:"
            f"{account.imap_port}")


def save_password(store: SecretStore, account: MoveAccount, password: str) -> None:
    store.set_secret(secret_name(account), password)


def load_password(store: SecretStore, account: MoveAccount) -> str | None:
    return store.get_secret(secret_name(account))


def forget_password(store: SecretStore, account: MoveAccount) -> None:
    store.delete_secret(secret_name(account))


def saved_names(store: SecretStore) -> list[str]:
    return [n for n in store.secret_names() if n.startswith(PREFIX)]
