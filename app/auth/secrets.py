"""Where Cancel365 keeps credentials: sealed files whose key lives only in the OS keyring.

The MSAL token cache and the other named secrets (a client secret for the
backup app registration) are encrypted with AES-GCM under one random 256-bit
key. The key is the only thing in the OS keyring, so a cache of any size fits
Windows Credential Manager's 2,560-byte limit; the ciphertext lives in the
user's data folder and is replaced atomically. Without a keyring backend the
store keeps everything in memory for this run only: never a plaintext file.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import json
import logging
import os
import threading
from pathlib import Path

import keyring
import keyring.backends.fail
import keyring.errors
import platformdirs
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from keyring.backend import KeyringBackend

from app.auth.errors import KeyringFailedError, KeyringLockedError
from app.files import write_atomically

log = logging.getLogger(__name__)

SERVICE = "Cancel365"
KEY_ENTRY = "sealing-key"          # the keyring entry's user name
TOKEN_CACHE = "token-cache.sealed"
SECRETS = "secrets.sealed"
_MAGIC = b"C365SEAL1\n"
_NONCE = 12


def default_folder() -> Path:
    """The user's data folder for Cancel365 (``platformdirs``)."""
    return Path(platformdirs.user_data_dir("Cancel365", appauthor=False))


def is_memory_only(backend: KeyringBackend) -> bool:
    """True when ``keyring`` found no usable backend (headless Linux, no D-Bus)."""
    return isinstance(backend, keyring.backends.fail.Keyring)


class SecretStore:
    """The sealed token cache and named secrets of one user.

    Thread-safe: sign-in runs on a worker thread while pages read secrets.
    """

    def __init__(self, folder: Path | None = None, *, backend: KeyringBackend | None = None,
                 service: str = SERVICE) -> None:
        self.folder = folder or default_folder()
        self.backend = backend if backend is not None else keyring.get_keyring()
        self.service = service
        self.memory_only = is_memory_only(self.backend)
        self._notice_due = self.memory_only
        self._key: bytes | None = None
        self._memory: dict[str, bytes] = {}   # file name -> plaintext, when memory-only
        self._lock = threading.RLock()

    def __repr__(self) -> str:
        return f"SecretStore({self.folder}, memory_only={self.memory_only})"

    # -- what the UI needs to say ---------------------------------------------

    def take_memory_only_notice(self) -> bool:
        """True once per run when sign-in will not be remembered (then False)."""
        with self._lock:
            due, self._notice_due = self._notice_due, False
            return due

    def check_access(self) -> None:
        """Raise the typed error now if the keyring is locked or failing, before a sign-in."""
        if not self.memory_only:
            with self._lock:
                self._load_key(create=False)

    # -- the token cache ----------------------------------------------------------

    def load_token_cache(self) -> str | None:
        """The serialized MSAL cache, or None when there is none (or it was discarded)."""
        data = self._read(TOKEN_CACHE)
        return data.decode("utf-8") if data is not None else None

    def save_token_cache(self, serialized: str) -> None:
        self._write(TOKEN_CACHE, serialized.encode("utf-8"))

    # -- named secrets --------------------------------------------------------------

    def set_secret(self, name: str, value: str) -> None:
        """Keep ``value`` under ``name`` (replacing an earlier one)."""
        if not name:
            raise ValueError("A secret needs a name.")
        with self._lock:
            vault = self._vault()
            vault[name] = value
            self._write(SECRETS, json.dumps(vault).encode("utf-8"))

    def get_secret(self, name: str) -> str | None:
        with self._lock:
            return self._vault().get(name)

    def delete_secret(self, name: str) -> None:
        with self._lock:
            vault = self._vault()
            if vault.pop(name, None) is not None:
                self._write(SECRETS, json.dumps(vault).encode("utf-8"))

    def secret_names(self) -> list[str]:
        with self._lock:
            return sorted(self._vault())

    def _vault(self) -> dict[str, str]:
        data = self._read(SECRETS)
        if data is None:
            return {}
        try:
            vault = json.loads(data)
        except ValueError:
            vault = None
        if not isinstance(vault, dict):
            self._discard(SECRETS, "is not in the expected format")
            return {}
        return {str(k): str(v) for k, v in vault.items()}

    # -- sign out -------------------------------------------------------------------

    def forget_everything(self) -> None:
        """Remove the token cache, every named secret and the key itself."""
        with self._lock:
            self._memory.clear()
            self._key = None
            for name in (TOKEN_CACHE, SECRETS):
                with contextlib.suppress(FileNotFoundError):
                    (self.folder / name).unlink()
            if self.memory_only:
                return
            try:
                self.backend.delete_password(self.service, KEY_ENTRY)
            except keyring.errors.PasswordDeleteError:
                pass  # there was no key: nothing to remove
            except keyring.errors.KeyringLocked:
                raise KeyringLockedError() from None
            except keyring.errors.KeyringError:
                raise KeyringFailedError("remove Cancel365's key") from None

    # -- sealing ----------------------------------------------------------------------

    def _read(self, name: str) -> bytes | None:
        with self._lock:
            if self.memory_only:
                return self._memory.get(name)
            path = self.folder / name
            try:
                blob = path.read_bytes()
            except FileNotFoundError:
                return None
            key = self._load_key(create=False)
            if key is None:
                self._discard(name, "has no key in the keyring any more")
                return None
            if not blob.startswith(_MAGIC) or len(blob) < len(_MAGIC) + _NONCE + 16:
                self._discard(name, "is not in the expected format")
                return None
            nonce = blob[len(_MAGIC):len(_MAGIC) + _NONCE]
            try:
                return AESGCM(key).decrypt(nonce, blob[len(_MAGIC) + _NONCE:], _aad(name))
            except InvalidTag:
                self._discard(name, "could not be decrypted (changed or from another key)")
                return None

    def _write(self, name: str, plaintext: bytes) -> None:
        with self._lock:
            if self.memory_only:
                self._memory[name] = plaintext
                return
            key = self._load_key(create=True)
            assert key is not None
            nonce = os.urandom(_NONCE)
            blob = _MAGIC + nonce + AESGCM(key).encrypt(nonce, plaintext, _aad(name))
            write_atomically(self.folder / name, blob, private=True)

    def _discard(self, name: str, why: str) -> None:
        """Drop an unusable sealed file; the log line names the file, never its contents."""
        log.warning("Saved %s %s; discarded it, so the admin signs in again.", name, why)
        with contextlib.suppress(FileNotFoundError):
            (self.folder / name).unlink()

    def _load_key(self, *, create: bool) -> bytes | None:
        if self._key is not None:
            return self._key
        try:
            encoded = self.backend.get_password(self.service, KEY_ENTRY)
        except keyring.errors.KeyringLocked:
            raise KeyringLockedError() from None
        except keyring.errors.KeyringError:
            raise KeyringFailedError("read Cancel365's key") from None
        if encoded:
            try:
                key = base64.b64decode(encoded, validate=True)
            except (binascii.Error, ValueError):
                key = b""
            if len(key) == 32:
                self._key = key
                return key
            log.warning("The key in the keyring is malformed; replacing it.")
        if not create:
            return None
        key = AESGCM.generate_key(bit_length=256)
        try:
            self.backend.set_password(self.service, KEY_ENTRY, base64.b64encode(key).decode())
        except keyring.errors.KeyringLocked:
            raise KeyringLockedError() from None
        except keyring.errors.KeyringError:
            raise KeyringFailedError("store Cancel365's key") from None
        self._key = key
        return key


def _aad(name: str) -> bytes:
    """Binds a ciphertext to its file name: a swapped file fails to decrypt."""
    return _MAGIC + name.encode()

