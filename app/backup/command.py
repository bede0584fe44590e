"""``cancel365 backup``: the backup engine for scripts and terminals.

Exit codes: 0 complete: every file in scope verified (or kept as a known Office
rewrite, or not downloadable); 1 incomplete: a file failed, a user or site in
scope could not be opened with this access, or the backup had to stop (disk,
network); 2 bad arguments or no access. Users and sites left out count against
completeness unless the admin asked for exactly that scope (``--user``,
``--site`` or ``--only-accessible``).
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
import time
from collections.abc import Mapping
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:   # the HTTP stack is imported when a backup runs, not to parse arguments
    from app.backup.control import BackupControl
    from app.graph.client import TokenProvider

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The ``backup`` subcommand's options."""
    parser.add_argument("--dest", required=True, metavar="DIR",
                        help="folder for the backup (resumes when it already holds one)")
    parser.add_argument("--only", choices=("mail", "onedrive", "sharepoint"), action="append",
                        help="back up only mailboxes, OneDrives or SharePoint libraries "
                             "(repeatable; default: all three)")
    parser.add_argument("--mail-format", choices=("maildir", "mbox"), default="maildir",
                        help="mail as a Maildir++ tree per user (default; Dovecot serves it "
                             "as it is) or one mbox file per folder (Thunderbird)")
    parser.add_argument("--user", action="append", default=[], metavar="UPN",
                        help="back up this user's OneDrive (repeatable; default: every user)")
    parser.add_argument("--site", action="append", default=[], metavar="URL",
                        help="back up this site's libraries (repeatable; default: every site)")
    parser.add_argument("--only-accessible", action="store_true",
                        help="back up only what this access can open, and call that complete "
                             "(without it, users and sites left out make the backup incomplete)")
    parser.add_argument("--workers", type=int, default=None, metavar="N",
                        help="parallel downloads, 1-16 (default: 6 at the start, more on a "
                             "link with a long round trip, up to 16)")
    parser.add_argument("--json-progress", action="store_true",
                        help="print one JSON object per progress event on stdout")


# -- credentials -----------------------------------------------------------------

def credentials(env: Mapping[str, str]) -> tuple[TokenProvider, str] | None:
    """A token provider and Graph URL, or None when there are no credentials.

    The order is: the environment (CANCEL365_ACCESS_TOKEN, for automation),
    then the app-only access kept in the OS keyring by "Set up backup access".
    """
    from app.graph.client import DEFAULT_BASE_URL, StaticToken

    base_url = env.get("CANCEL365_GRAPH_URL") or DEFAULT_BASE_URL
    token = env.get("CANCEL365_ACCESS_TOKEN", "").strip()
    if token:
        return StaticToken(token), base_url
    keyring_tokens = app_only_from_keyring()
    if keyring_tokens is not None:
        return keyring_tokens, base_url
    return None


def app_only_from_keyring(store: object | None = None) -> TokenProvider | None:
    """Client-credentials tokens (MSAL ConfidentialClientApplication, refreshed on
    force_refresh) for the app registration saved by "Set up backup access" or "Use an
    existing app registration" in the wizard; None when there is none or no keyring."""
    from app.auth.errors import KeyringFailedError, KeyringLockedError
    from app.auth.secrets import SecretStore
    from app.backup.access import Authority, load_access

    try:
        saved = load_access(store if isinstance(store, SecretStore) else SecretStore())
    except (KeyringLockedError, KeyringFailedError) as exc:
        print(f"cancel365 backup: the saved backup access could not be read: {exc}",
              file=sys.stderr)
        return None
    return Authority().tokens(saved) if saved is not None else None


# -- the run ---------------------------------------------------------------------

def run(args: argparse.Namespace, env: Mapping[str, str] | None = None,
        out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Plan, check space, back up, report; returns the exit code."""
    from app.backup.control import BackupControl
    from app.backup.engine import MAX_WORKERS, BackupEngine
    from app.backup.errors import BackupError, human_bytes
    from app.backup.manifest import Manifest
    from app.backup.plan import discover, require_space
    from app.errors import Cancel365Error, NotSignedInError, PermissionMissingError
    from app.graph.client import GraphClient

    out = out or sys.stdout
    err = err or sys.stderr
    env = os.environ if env is None else env
    workers = args.workers  # None: chosen from the link (app/backup/concurrency.py)
    if workers is not None and not 1 <= workers <= MAX_WORKERS:
        print(f"cancel365 backup: --workers must be 1 to {MAX_WORKERS}.", file=err)
        return EXIT_USAGE
    dest = os.path.abspath(args.dest)
    if os.path.exists(dest) and not os.path.isdir(dest):
        print(f"cancel365 backup: --dest {dest} is a file, not a folder. Give a folder (it is "
              "created when missing).", file=err)
        return EXIT_USAGE
    found = credentials(env)
    if found is None:
        print("cancel365 backup: no credentials. Set CANCEL365_ACCESS_TOKEN (a Graph bearer "
              "token, e.g. app-only with Files.Read.All and Sites.Read.All) or set up backup "
              "access in the wizard.", file=err)
        return EXIT_USAGE
    tokens, base_url = found
    graph = GraphClient(tokens, base_url=base_url)
    say = _Printer(out, err, json_lines=args.json_progress)
    only = set(args.only or ("mail", "onedrive", "sharepoint"))
    files_only = None if {"onedrive", "sharepoint"} <= only else next(
        (k for k in ("onedrive", "sharepoint") if k in only), None)
    control = BackupControl()   # the files' and then the mail's: one cancel stops both
    if only == {"mail"}:   # mail alone: app.mail.command
        return _mail(tokens, base_url, dest, args, say, out, control, alone=True)
    try:
        say.note("Finding every OneDrive and SharePoint library ...")
        plan = discover(graph, only=files_only)
        if args.user or args.site:
            plan.keep_only(users=args.user, sites=args.site)
            if not plan.chosen:
                print("cancel365 backup: no OneDrive or library matches --user/--site.", file=err)
                return EXIT_USAGE
        if args.only_accessible:
            plan.scope_chosen = True
        verified = 0
        if Manifest.exists(dest):
            manifest = Manifest(dest)
            verified = manifest.verified_bytes()
            manifest.close()
            say.note(f"Resuming the backup in {dest}.")
        space = require_space(plan, dest, already_verified=verified)
        say.note(f"{len(plan.chosen)} drives, {human_bytes(plan.total_bytes)}; "
                 f"{human_bytes(space.free)} free at {dest}.")
        if not space.sure:
            say.note("Microsoft 365 gave no size for some drives: the room needed may be more "
                     "than this, so the space check could not be sure.")
        for gone in plan.left_out:
            say.note(f"Left out: {gone.owner} {gone.reason}.")
        for sig in (signal.SIGINT, signal.SIGTERM):
            signal.signal(sig, lambda *_: control.cancel())
        engine = BackupEngine(graph, plan, dest, workers=workers, control=control,
                              on_progress=say.progress)
        _quiet_collector()
        summary = engine.run()
    except NotSignedInError as exc:
        say.done()
        if env.get("CANCEL365_ACCESS_TOKEN", "").strip():
            print("cancel365 backup: Microsoft Graph refused the token in CANCEL365_ACCESS_TOKEN "
                  "(expired, or not for this tenant). Give a fresh Graph bearer token, ideally "
                  "app-only with Files.Read.All, Sites.Read.All and User.Read.All, or unset it "
                  "to use the backup access set up in the wizard.", file=err)
        else:
            print(f"cancel365 backup: {exc}", file=err)
        return EXIT_USAGE
    except PermissionMissingError as exc:
        say.done()
        print(f"cancel365 backup: {exc}", file=err)
        return EXIT_USAGE
    except (BackupError, Cancel365Error) as exc:
        say.done()
        print(f"cancel365 backup: {exc}", file=err)
        return EXIT_FAILED
    say.done()
    missing = plan.missing
    if summary.complete:
        say.note("Complete: every file in scope is in the backup.")
    else:
        say.note("INCOMPLETE: this backup does not hold everything in scope.")
    if missing:
        say.note(f"Left out: {len(missing)} users and sites whose files this access cannot "
                 "open. Set up backup access in the wizard (\"Set up backup access for me\") or "
                 "use an app-only token, and run again to the same folder to include them; or "
                 "pass --only-accessible if this is the scope you want.")
    if summary.updated_from is not None:
        when = time.strftime("%Y-%m-%d %H:%M", time.localtime(summary.updated_from))
        say.note(f"Updated the backup from {when}: only the changes were listed; "
                 f"{summary.files_fetched} files fetched, {summary.deleted} marked deleted"
                 + (f", {summary.resynced} drives listed again in full (stale delta link)"
                    if summary.resynced else "") + ".")
    # The same counts, in the same words, as the wizard's summary (BackupSummary.counts_text).
    say.note(f"{summary.counts_text()} {summary.not_downloadable} not downloadable, "
             f"{summary.files_failed} failed.")
    for line in summary.failures[:20]:
        say.note(f"Failed: {line}")
    if summary.cancelled:
        say.note("Cancelled. Run the same command again to resume.")
    if summary.report_html:
        say.note(f"Report: {summary.report_html}")
    mail = _mail(tokens, base_url, dest, args, say, out, control) if "mail" in only else EXIT_OK
    return EXIT_OK if summary.complete and mail == EXIT_OK else EXIT_FAILED


def _mail(tokens: TokenProvider, base_url: str, dest: str, args: argparse.Namespace,
          say: _Printer, out: TextIO, control: BackupControl, *, alone: bool = False) -> int:
    """Mailboxes, calendars, contacts (app.mail); skipped, not failed, without Mail.Read."""
    from app.mail.command import run_mail
    from app.mail.http import MailAccessDenied, MailFetchError

    if alone:
        for sig in (signal.SIGINT, signal.SIGTERM):
            signal.signal(sig, lambda *_: control.cancel())
    try:
        summary = run_mail(tokens, base_url, dest, fmt=args.mail_format, users=args.user,
                           note=say.note, out=out, json_lines=args.json_progress, control=control)
    except (MailAccessDenied, MailFetchError, OSError) as exc:
        say.note(f"Mail could not be backed up: {exc}")
        return EXIT_FAILED
    if summary.skipped:
        return EXIT_USAGE if alone else EXIT_OK
    return EXIT_OK if summary.complete else EXIT_FAILED


def _quiet_collector() -> None:
    """Fewer garbage-collector passes in this short-lived process: what is loaded by now
    (modules, the plan) is never garbage, and a backup makes many small objects per file,
    few of them in cycles. Python's default (a young pass every 700 objects) spent a
    twentieth of a 5,000-file backup's time walking them."""
    import gc

    gc.freeze()
    gc.set_threshold(20_000, 20, 20)


class _Printer:
    """The progress line on a terminal, or JSON lines."""

    def __init__(self, out: TextIO, err: TextIO, *, json_lines: bool) -> None:
        self.out, self.err, self.json_lines = out, err, json_lines
        self.tty = err.isatty()
        self._last = 0.0
        self._line = False
        self._said: set[str] = set()

    def note(self, text: str) -> None:
        if self.json_lines:
            print(json.dumps({"event": "note", "message": text}), file=self.out, flush=True)
        else:
            self.done()
            print(text, file=self.err, flush=True)

    def progress(self, p: object) -> None:
        from app.backup.errors import human_bytes
        from app.backup.progress import Progress

        assert isinstance(p, Progress)
        if self.json_lines:
            print(json.dumps(p.to_json(), ensure_ascii=False), file=self.out, flush=True)
            return
        if p.event == "file-failed":
            self.note(f"Failed: {p.message}")
            return
        if p.event == "updating" and p.message not in self._said:
            self._said.add(p.message)  # "Updating the backup from <date>", once
            self.note(p.message)
            return
        now = time.monotonic()
        if not self.tty or now - self._last < 0.2:
            return
        self._last = now
        left = f", {_clock(p.eta_seconds)} left" if p.eta_seconds is not None else ""
        line = (f"{human_bytes(p.bytes_done)} of {human_bytes(p.bytes_total)}, "
                f"{p.files_done} of {p.files_total} files, {human_bytes(p.speed)}/s{left}"
                f"{' (paused)' if p.paused else ''}")
        print(f"\r{line[:120]:<120}", end="", file=self.err, flush=True)
        self._line = True

    def done(self) -> None:
        if self._line:
            print(file=self.err, flush=True)
            self._line = False


def _clock(seconds: float) -> str:
    s = int(seconds)
    return f"{s // 3600}:{s // 60 % 60:02d}:{s % 60:02d}"
