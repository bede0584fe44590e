"""The mail move's inputs: the accounts CSV, passwords in the keyring (each under its own name,
gone after "Sign out"), the saved mailboxes found in DIR, folder names in modified UTF-7 and
where each saved folder goes on servers with and without SPECIAL-USE."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.auth.secrets import SecretStore
from app.mail.store import imap_utf7
from app.mail_move.accounts import (
    AccountsFileError,
    MoveAccount,
    Security,
    read_accounts_csv,
    saved_mailboxes,
)
from app.mail_move.folders import ServerFolders
from app.mail_move.passwords import load_password, save_password, saved_names
from app.mail_move.source import SourceFolder, decode_name, encode_name, read_mailbox
from tests.auth.keyrings import MemoryKeyring
from tests.mail_move_support import save_maildir


def test_accounts_csv_with_defaults_ports_and_passwords(tmp_path: Path) -> None:
    path = tmp_path / "accounts.csv"
    path.write_text("email,imap_user,imap_host,imap_port,security,password\n"
                    "mette@lillebager.dk,mette,imap.example.net,,,s3cret\n"
                    "info@lillebager.dk,info@lillebager.dk,mail.example.net,143,starttls,\n"
                    ",,,,,\n", encoding="utf-8")
    accounts, passwords = read_accounts_csv(path)
    assert accounts == [
        MoveAccount("mette@lillebager.dk", "mette", "imap.example.net", 993, Security.TLS),
        MoveAccount("info@lillebager.dk", "info@lillebager.dk", "mail.example.net", 143,
                    Security.STARTTLS)]
    assert passwords == {"mette@lillebager.dk": "s3cret"}
    assert "s3cret" not in repr(accounts)


@pytest.mark.parametrize(("text", "words"), [
    ("email,imap_host\na@b.dk,h\n", "no column imap_user"),
    ("email,imap_user,imap_host\na@b.dk,,h\n", "Row 2"),
    ("email,imap_user,imap_host,imap_port\na@b.dk,u,h,99999\n", "not a port"),
    ("email,imap_user,imap_host,security\na@b.dk,u,h,ssl3\n", "tls, starttls or plain"),
    ("email,imap_user,imap_host\na@b.dk,u,h\nA@b.dk,u,h\n", "Row 3"),
    ("email,imap_user,imap_host\n", "no accounts"),
])
def test_a_bad_accounts_file_says_which_row_and_what(tmp_path: Path, text: str,
                                                      words: str) -> None:
    path = tmp_path / "accounts.csv"
    path.write_text(text + "", encoding="utf-8")
    with pytest.raises(AccountsFileError, match=words):
        read_accounts_csv(path)


def test_a_semicolon_csv_from_a_danish_spreadsheet_is_read(tmp_path: Path) -> None:
    path = tmp_path / "accounts.csv"
    path.write_text("email;imap_user;imap_host\nmette@lillebager.dk;mette;imap.example.net\n",
                    encoding="utf-8-sig")
    accounts, _ = read_accounts_csv(path)
    assert accounts[0].imap_host == "imap.example.net"


def test_passwords_live_in_the_keyring_under_their_own_names_and_sign_out_removes_them(
        tmp_path: Path) -> None:
    store = SecretStore(tmp_path / "data", backend=MemoryKeyring())
    a = MoveAccount("mette@lillebager.dk", "mette", "imap.example.net")
    b = MoveAccount("info@lillebager.dk", "info", "imap.example.net")
    save_password(store, a, "første-kodeord")
    save_password(store, b, "andet-kodeord")
    assert load_password(store, a) == "første-kodeord"
    assert load_password(store, b) == "andet-kodeord"
    names = saved_names(store)
    assert len(names) == 2 and not any("kodeord" in n for n in names)
    store.forget_everything()
    assert load_password(store, a) is None and saved_names(store) == []


def test_modified_utf7_round_trips_and_agrees_with_the_backup() -> None:
    for name in ("Kunder/Ærø & Co", "Отчёты", "Café Østerbro", "A&B", "日本語"):
        encoded = encode_name(name)
        assert encoded == imap_utf7(name)          # what the Maildir's folder names are
        assert encoded.isascii()
        assert decode_name(encoded) == name
    assert encode_name("Kunder/Ærø & Co") == "Kunder/&AMY-r&APg- &- Co"
    assert encode_name("Отчёты") == "&BB4EQgRHBFEEQgRL-"


def _server(delimiter: str, prefix: str, special: dict[str, str],
            existing: list[str]) -> ServerFolders:
    return ServerFolders(delimiter, prefix, bool(special), {n: () for n in existing}, special)


def test_folders_go_to_inbox_special_use_or_usual_names_with_the_servers_delimiter() -> None:
    modern = _server("/", "", {"\\Sent": "Sendt", "\\Trash": "Papirkurv"}, ["INBOX", "Sendt"])
    plain = _server(".", "INBOX.", {}, ["INBOX", "INBOX.Sent Messages"])

    def folder(parts: list[str], under_inbox: bool = False) -> SourceFolder:
        return SourceFolder("", parts, under_inbox)

    assert modern.target(folder([], True)) == "INBOX"
    assert modern.target(folder(["Kunder", "Ærø & Co"], True)) == "INBOX/Kunder/Ærø & Co"
    assert plain.target(folder(["Kunder", "Ærø & Co"], True)) == "INBOX.Kunder.Ærø & Co"
    assert modern.target(folder(["Sent Items"])) == "Sendt"
    assert modern.target(folder(["Slettet post", "2019"])) == "Papirkurv/2019"
    assert modern.target(folder(["Junk Email"])) == "Junk"     # none there: the usual name
    assert plain.target(folder(["Sendte elementer"])) == "INBOX.Sent Messages"   # already there
    assert plain.target(folder(["Arkiv"])) == "INBOX.Archive"
    assert plain.target(folder(["Отчёты"])) == "INBOX.Отчёты"
    # a "/" inside one Outlook folder's name is not a level on a "/" server
    assert modern.target(folder(["Q1/Q2"])) == "Q1_Q2"
    assert modern.parents("INBOX/Kunder/Ærø & Co") == ["INBOX", "INBOX/Kunder"]
    assert plain.parents("INBOX.Kunder.Ærø") == ["INBOX.Kunder"]


def test_saved_mailboxes_and_their_folders_flags_and_dates(tmp_path: Path) -> None:
    saved = save_maildir(tmp_path, "mette@lillebager.dk",
                         {"": 4, "INBOX.Kunder": 2, "&BB4EQgRHBFEEQgRL-": 1}, no_id_every=3)
    [box] = saved_mailboxes(tmp_path)
    assert (box.email, box.folder_count, box.message_count) == ("mette@lillebager.dk", 3, 7)
    folders = read_mailbox(box.path)
    assert [f.label for f in folders] == ["Inbox", "Отчёты", "Inbox/Kunder"]
    got = sorted((m.when, b"\\Seen" in m.flags, b"\\Flagged" in m.flags)
                 for f in folders for m in f.messages)
    assert got == sorted((s.received, s.is_read, s.flagged) for s in saved)
    keys = [m.key for f in folders for m in f.messages]
    assert len(set(keys)) == 7 and sum(k.startswith("digest:") for k in keys) == 2
