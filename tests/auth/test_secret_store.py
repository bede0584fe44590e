"""The sealed credential store: key in the OS keyring, AES-GCM ciphertext on disk."""

from __future__ import annotations

import logging
from pathlib import Path

import keyring.errors
import pytest

from app.auth.errors import KeyringLockedError
from app.auth.secrets import KEY_ENTRY, SECRETS, SERVICE, TOKEN_CACHE, SecretStore
from tests.auth.keyrings import (
    LockedKeyring,
    MemoryKeyring,
    WindowsSizedKeyring,
    lock_default_collection,
)

BIG_CACHE = '{"AccessToken": {"k": "' + "x" * 12_000 + '"}}'   # a realistic several-KB cache


def files_in(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.rglob("*") if p.is_file()}


# -- a real Secret Service ----------------------------------------------------------------

def test_secret_service_keeps_the_cache_sealed_across_restarts(secret_service, data_folder):
    first = SecretStore(data_folder, backend=secret_service)
    first.save_token_cache(BIG_CACHE)
    first.set_secret("backup-client-secret", "s3cr3t-value~1")

    again = SecretStore(data_folder, backend=secret_service)   # the next start of the app
    assert not again.memory_only
    assert again.load_token_cache() == BIG_CACHE
    assert again.get_secret("backup-client-secret") == "s3cr3t-value~1"
    on_disk = files_in(data_folder)
    assert set(on_disk) == {TOKEN_CACHE, SECRETS}
    assert all(b"xxxxxxxx" not in blob and b"s3cr3t" not in blob for blob in on_disk.values())
    key = secret_service.get_password(SERVICE, KEY_ENTRY)
    assert key is not None and len(key) == 44   # base64 of 32 random bytes


def test_secret_service_sign_out_forgets_key_cache_and_secrets(secret_service, data_folder):
    store = SecretStore(data_folder, backend=secret_service)
    store.save_token_cache(BIG_CACHE)
    store.set_secret("a", "1")
    store.set_secret("b", "2")
    store.forget_everything()
    assert secret_service.get_password(SERVICE, KEY_ENTRY) is None
    assert files_in(data_folder) == {}
    fresh = SecretStore(data_folder, backend=secret_service)
    assert fresh.load_token_cache() is None
    assert fresh.secret_names() == []


def test_locked_secret_service_asks_the_admin_to_unlock(secret_service, data_folder):
    SecretStore(data_folder, backend=secret_service).save_token_cache("{}")
    lock_default_collection()
    with pytest.raises(KeyringLockedError, match="locked.*Unlock it"):
        SecretStore(data_folder, backend=secret_service).load_token_cache()
    assert (data_folder / TOKEN_CACHE).exists()   # nothing discarded: unlocking brings it back


# -- no keyring at all (headless Linux) -------------------------------------------------------

def test_without_a_keyring_everything_stays_in_memory(fail_keyring, data_folder):
    store = SecretStore(data_folder, backend=fail_keyring)
    assert store.memory_only
    store.save_token_cache(BIG_CACHE)
    store.set_secret("backup-client-secret", "s3cr3t")
    assert store.load_token_cache() == BIG_CACHE
    assert store.get_secret("backup-client-secret") == "s3cr3t"
    assert not data_folder.exists() or files_in(data_folder) == {}   # never plaintext on disk
    assert store.take_memory_only_notice() is True
    assert store.take_memory_only_notice() is False                    # said once
    assert SecretStore(data_folder, backend=fail_keyring).load_token_cache() is None
    store.forget_everything()
    assert store.load_token_cache() is None


def test_a_real_keyring_has_no_memory_only_notice(memory_keyring, data_folder):
    assert SecretStore(data_folder, backend=memory_keyring).take_memory_only_notice() is False


# -- Windows Credential Manager's size limit -----------------------------------------------------

def test_windows_size_limit_is_respected(data_folder):
    windows = WindowsSizedKeyring()
    with pytest.raises(keyring.errors.PasswordSetError):   # the stand-in really refuses
        windows.set_password(SERVICE, "raw-cache", BIG_CACHE)
    store = SecretStore(data_folder, backend=windows)
    store.save_token_cache(BIG_CACHE)
    store.set_secret("backup-client-secret", "y" * 4000)
    again = SecretStore(data_folder, backend=windows)
    assert again.load_token_cache() == BIG_CACHE
    assert again.get_secret("backup-client-secret") == "y" * 4000
    assert all(len(v.encode("utf-16-le")) <= 2560 for v in windows.entries.values())


# -- damage ---------------------------------------------------------------------------------------

def test_a_tampered_cache_is_discarded_with_a_log_line_without_contents(
        memory_keyring, data_folder, caplog):
    SecretStore(data_folder, backend=memory_keyring).save_token_cache(BIG_CACHE)
    path = data_folder / TOKEN_CACHE
    blob = bytearray(path.read_bytes())
    blob[-5] ^= 0x01
    path.write_bytes(bytes(blob))
    with caplog.at_level(logging.WARNING):
        assert SecretStore(data_folder, backend=memory_keyring).load_token_cache() is None
    assert not path.exists()
    assert "discarded" in caplog.text and TOKEN_CACHE in caplog.text
    assert "xxxx" not in caplog.text


def test_a_cache_sealed_under_another_key_is_discarded(data_folder):
    SecretStore(data_folder, backend=MemoryKeyring()).save_token_cache(BIG_CACHE)
    other = SecretStore(data_folder, backend=MemoryKeyring())   # keyring reset, files kept
    assert other.load_token_cache() is None
    other.save_token_cache("{}")
    assert other.load_token_cache() == "{}"


def test_swapped_files_do_not_decrypt(memory_keyring, data_folder):
    store = SecretStore(data_folder, backend=memory_keyring)
    store.save_token_cache('{"a": 1}')
    store.set_secret("n", "v")
    (data_folder / TOKEN_CACHE).write_bytes((data_folder / SECRETS).read_bytes())
    assert SecretStore(data_folder, backend=memory_keyring).load_token_cache() is None


def test_garbage_in_place_of_a_cache_is_discarded(memory_keyring, data_folder):
    data_folder.mkdir(parents=True)
    (data_folder / TOKEN_CACHE).write_bytes(b"not sealed at all")
    SecretStore(data_folder, backend=memory_keyring).set_secret("k", "v")  # creates the key
    assert SecretStore(data_folder, backend=memory_keyring).load_token_cache() is None
    assert not (data_folder / TOKEN_CACHE).exists()


def test_writes_are_atomic_and_private(memory_keyring, data_folder):
    store = SecretStore(data_folder, backend=memory_keyring)
    for number in range(5):
        store.save_token_cache(f'{{"n": {number}}}')
    assert sorted(p.name for p in data_folder.iterdir()) == [TOKEN_CACHE]  # no temp files left
    assert (data_folder / TOKEN_CACHE).stat().st_mode & 0o077 == 0
    assert store.load_token_cache() == '{"n": 4}'


def test_named_secrets_are_kept_and_deleted_one_by_one(memory_keyring, data_folder):
    store = SecretStore(data_folder, backend=memory_keyring)
    store.set_secret("backup-client-secret", "one")
    store.set_secret("other", "two")
    store.delete_secret("backup-client-secret")
    store.delete_secret("never-stored")
    again = SecretStore(data_folder, backend=memory_keyring)
    assert again.secret_names() == ["other"]
    assert again.get_secret("backup-client-secret") is None


def test_a_locked_keyring_without_a_daemon_also_gives_the_typed_error(data_folder):
    with pytest.raises(KeyringLockedError):
        SecretStore(data_folder, backend=LockedKeyring()).save_token_cache("{}")
