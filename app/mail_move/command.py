"""``cancel365 mail-move``: each user's saved mailbox into the new provider over IMAP.

    cancel365 mail-move --from DIR --accounts accounts.csv [--user UPN ...] [--dry-run]
                        [--json-progress] [--insecure]

Passwords: the CSV's ``password`` column, else the one kept in the OS keyring for that
account, else asked once per account when run in a terminal. A password given here is kept
in the keyring (each under its own name) so the next run need not ask. Exit 0 when every
message is at the new provider, 1 when any failed, 2 for bad arguments or a login that failed.
"""

from __future__ import annotations

import argparse
import getpass
import json
import logging
import os
import signal
import sys
import threading
from pathlib import Path
from typing import TextIO

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
log = logging.getLogger(__name__)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The ``mail-move`` subcommand's options."""
    parser.add_argument("--from", dest="source", required=True, metavar="DIR",
                        help="the backup folder that holds the saved mail (DIR/Mail)")
    parser.add_argument("--accounts", required=True, metavar="CSV",
                        help="the new IMAP accounts: columns email,imap_user,imap_host "
                             "[,imap_port,security,password]")
    parser.add_argument("--user", action="append", default=[], metavar="UPN",
                        help="move only this user's mail (repeatable; default: every row)")
    parser.add_argument("--dry-run", action="store_true",
                        help="sign in and say what would be created and sent; send nothing")
    parser.add_argument("--json-progress", action="store_true",
                        help="print one JSON object per progress event on stdout")
    parser.add_argument("--insecure", action="store_true",
                        help="allow security=plain (no TLS), only for a server on this computer")
    parser.add_argument("--parallel", type=int, default=3, metavar="N",
                        help="users moved at once, 1-16 (one connection each; default 3)")


def _keyring():  # noqa: ANN202 - a SecretStore or None
    try:
        from app.auth.secrets import SecretStore

        return SecretStore()
    except Exception:  # noqa: BLE001 - no keyring: passwords only from the CSV or the prompt
        log.info("no keyring for the mail move's passwords", exc_info=True)
        return None


def run(args: argparse.Namespace, out: TextIO | None = None, err: TextIO | None = None) -> int:
    from app.mail_move.accounts import AccountsFileError, read_accounts_csv, saved_mailboxes
    from app.mail_move.engine import MailMove
    from app.mail_move.passwords import load_password, save_password
    from app.mail_move.results import UserProgress

    out = out or sys.stdout
    err = err or sys.stderr
    source = Path(os.path.abspath(args.source))
    if not source.is_dir():
        print(f"cancel365 mail-move: --from {source} is not a folder.", file=err)
        return EXIT_USAGE
    if not 1 <= args.parallel <= 16:
        print("cancel365 mail-move: --parallel must be 1 to 16.", file=err)
        return EXIT_USAGE
    try:
        accounts, row_passwords = read_accounts_csv(Path(args.accounts))
    except AccountsFileError as exc:
        print(f"cancel365 mail-move: {exc}", file=err)
        return EXIT_USAGE
    known = {a.email.lower() for a in accounts}
    unknown = [u for u in args.user if u.lower() not in known]
    if unknown:
        print(f"cancel365 mail-move: {', '.join(unknown)} not in {args.accounts}.", file=err)
        return EXIT_USAGE
    if args.user:
        wanted = {u.lower() for u in args.user}
        accounts = [a for a in accounts if a.email.lower() in wanted]
    saved = {m.email.lower(): m for m in saved_mailboxes(source)}
    missing = [a.email for a in accounts if a.email.lower() not in saved]
    if missing:
        print(f"cancel365 mail-move: no saved mailbox in {source} for {', '.join(missing)} "
              "(run `cancel365 backup --only mail` first).", file=err)
        return EXIT_USAGE
    for a in accounts:
        if not saved[a.email.lower()].verified:
            print(f"Note: the backup of {a.email} has messages that were not verified; "
                  "the ones saved are moved.", file=err)

    store = _keyring()
    passwords: dict[str, str] = {}
    for a in accounts:
        password = row_passwords.get(a.email)
        if password is None and store is not None:
            try:
                password = load_password(store, a)
            except Exception:  # noqa: BLE001 - a keyring that cannot be read is not fatal
                password = None
        if password is None and sys.stdin.isatty():
            password = getpass.getpass(f"Password for {a.imap_user} at {a.imap_host}: ")
        if not password:
            print(f"cancel365 mail-move: no password for {a.email} ({a.imap_user} at "
                  f"{a.imap_host}): add a password column to the CSV, or run it in a terminal "
                  "to be asked.", file=err)
            return EXIT_USAGE
        passwords[a.email] = password
        if store is not None and not args.dry_run:
            try:
                save_password(store, a, password)
            except Exception:  # noqa: BLE001 - kept for this run only
                log.info("could not keep the password for %s", a.email)

    stop = threading.Event()
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGINT, lambda *_: stop.set())
    lock = threading.Lock()

    def progress(p: UserProgress) -> None:
        with lock:
            if args.json_progress:
                print(json.dumps({"event": "mail-move-progress", "email": p.email,
                                  "state": p.state, "total": p.total, "sent": p.sent,
                                  "already_there": p.already_there, "failed": p.failed,
                                  "message": p.message}, ensure_ascii=False),
                      file=out, flush=True)
            elif p.state in ("done", "failed", "stopped") or "broke" in p.message:
                print(f"{p.email}: {p.message}", file=err, flush=True)

    for a in accounts:
        box = saved[a.email.lower()]
        print(f"{a.email}: {box.message_count} messages in {box.folder_count} folders -> "
              f"{a.imap_user} at {a.imap_host}:{a.imap_port} ({a.security.value})", file=err)
    engine = MailMove(source, accounts, lambda a: passwords.get(a.email), dry_run=args.dry_run,
                      insecure=args.insecure, parallel_users=args.parallel, stop=stop)
    summary = engine.run(progress)
    passwords.clear()
    for u in summary.users:
        for fr in u.folders:
            if args.dry_run:
                what = "would be made" if fr.created else "is there"
                print(f"  {u.email}: {fr.source} -> {fr.target} ({what}): {fr.to_send} to send, "
                      f"{fr.already_there} already there", file=err)
            elif fr.note or fr.failed:
                print(f"  {u.email}: {fr.source} -> {fr.target}: {fr.note or ''} "
                      f"{fr.failed} refused".strip(), file=err)
        for line in [e for e in u.errors if e != u.message][:20]:   # the last one is said
            print(f"  {u.email}: {line}", file=err)
    if args.json_progress:
        print(json.dumps({"event": "mail-move-finished", "complete": summary.complete,
                          "dry_run": summary.dry_run, "sent": summary.total("sent"),
                          "already_there": summary.total("already_there"),
                          "failed": summary.total("failed"),
                          "to_send": summary.total("to_send"),
                          "users": [{"email": u.email, "state": u.state, "sent": u.sent,
                                     "already_there": u.already_there, "failed": u.failed,
                                     "to_send": u.to_send} for u in summary.users]},
                         ensure_ascii=False), file=out, flush=True)
    if summary.report_html:
        print(f"Report: {summary.report_html} (and {summary.report_csv.name})", file=err)
    if any(u.login_failed for u in summary.users):
        return EXIT_USAGE
    if args.dry_run:
        return EXIT_OK if all(u.state == "done" for u in summary.users) else EXIT_FAILED
    return EXIT_OK if summary.complete else EXIT_FAILED
