"""Mail move speed: Cancel365 against a plain imaplib APPEND loop, into a local Dovecot.

imapsync is not in the Debian registry here, so the baseline is the simplest honest
alternative: one imaplib connection, one ``APPEND`` per message (flags and internal date
given), over the same messages from the same saved Maildir. Each round moves all the
messages twice into fresh, empty accounts of one Dovecot (a private config on loopback,
tests/dovecot_support.py): once with Cancel365's engine (reading the Maildir, matching
against what is there, MULTIAPPEND batches, manifest, count read-back) and once with the
loop; who goes first alternates. Prints messages per second for both, each round's ratio,
the median and the spread (min-max).

Run: python benchmarks/mail_move.py [--messages 10000] [--size 20000] [--rounds 4]
                                    [--flavour modern|plain] [--fsync optimized|never]
"""

from __future__ import annotations

import argparse
import imaplib
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from app.mail_move.engine import MailMove  # noqa: E402
from app.mail_move.source import read_mailbox  # noqa: E402
from tests.dovecot_support import Dovecot  # noqa: E402
from tests.mail_move_support import account, save_maildir  # noqa: E402

PW = "bench-password"
SOURCE = "bench@lillebager.dk"


def baseline(port: int, user: str, maildir: Path, delimiter: str = "/") -> int:
    """A plain imaplib loop: every message appended on its own."""
    imap = imaplib.IMAP4("127.0.0.1", port)
    imap.login(user, PW)
    n = 0
    for folder in read_mailbox(maildir):
        name = delimiter.join(["INBOX", *folder.parts])
        if folder.parts:
            imap.create(f'"{name}"')
        for m in folder.messages:
            flags = "(" + " ".join(f.decode() for f in m.flags) + ")"
            imap.append(f'"{name}"', flags, imaplib.Time2Internaldate(m.when.timestamp()),
                        m.data())
            n += 1
    imap.logout()
    return n


def cancel365(port: int, user: str, src: Path) -> int:
    acc = account(SOURCE, port)
    acc = type(acc)(SOURCE, user, acc.imap_host, acc.imap_port, acc.security)
    summary = MailMove(src, [acc], lambda a: PW, insecure=True).run()
    assert summary.complete, summary.users[0].errors
    return summary.users[0].sent


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--messages", type=int, default=10_000)
    ap.add_argument("--size", type=int, default=20_000, help="bytes of body per message")
    ap.add_argument("--rounds", type=int, default=4)
    ap.add_argument("--flavour", choices=("modern", "plain"), default="modern",
                    help="modern: MULTIAPPEND and '/'; plain: one APPEND per message (no "
                         "MULTIAPPEND), '.' and an INBOX. prefix")
    ap.add_argument("--fsync", choices=("optimized", "never"), default="optimized",
                    help="Dovecot's mail_fsync: optimized (its default, what a provider runs) "
                         "or never (the disk out of the way: the clients' own cost)")
    args = ap.parse_args()
    src = Path(tempfile.mkdtemp(prefix="cancel365-bench-move-"))
    try:
        save_maildir(src, SOURCE, {"": args.messages}, size=args.size, no_id_every=50)
        maildir = src / "Mail" / SOURCE / "Maildir"
        total = sum(p.stat().st_size for p in (maildir / "cur").iterdir())
        print(f"{args.messages} messages, {total / args.messages / 1024:.1f} KB each on average")
        users = {f"{who}{r}@bench": PW for r in range(args.rounds) for who in ("c", "b")}
        ratios, ours, theirs = [], [], []
        print(f"Dovecot: {args.flavour} flavour, mail_fsync = {args.fsync}")
        with Dovecot(users=users, flavour=args.flavour, fsync=args.fsync) as dovecot:
            for r in range(args.rounds):
                order = ["cancel365", "baseline"] if r % 2 == 0 else ["baseline", "cancel365"]
                rate = {}
                for who in order:
                    # drop the move's manifest between rounds, so each round starts cold
                    for leftover in (src / "Mail").glob("cancel365-mail-move*"):
                        leftover.unlink()
                    start = time.perf_counter()
                    if who == "cancel365":
                        n = cancel365(dovecot.port, f"c{r}@bench", src)
                    else:
                        n = baseline(dovecot.port, f"b{r}@bench", maildir,
                                     "." if args.flavour == "plain" else "/")
                    rate[who] = n / (time.perf_counter() - start)
                    assert n == args.messages, (who, n)
                ours.append(rate["cancel365"])
                theirs.append(rate["baseline"])
                ratios.append(rate["cancel365"] / rate["baseline"])
                print(f"round {r + 1} ({' first, '.join(order)} second): Cancel365 "
                      f"{rate['cancel365']:.0f} msg/s, imaplib loop {rate['baseline']:.0f} msg/s,"
                      f" ratio {ratios[-1]:.2f}", flush=True)
        print(f"Cancel365 median {statistics.median(ours):.0f} msg/s "
              f"(spread {min(ours):.0f}-{max(ours):.0f}); imaplib APPEND loop median "
              f"{statistics.median(theirs):.0f} msg/s (spread {min(theirs):.0f}-{max(theirs):.0f})")
        print(f"ratio median {statistics.median(ratios):.2f} (spread {min(ratios):.2f}-"
              f"{max(ratios):.2f}); goal: at least 1.00")
    finally:
        shutil.rmtree(src, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
