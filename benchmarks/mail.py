"""Mail backup speed against a plain loop of $value GETs, on the demo server.

20,000 messages of about 20 KB in 40 mailboxes (``MailStore.synthetic``), served
by the demo Graph server in a child process. First the ceiling: a plain loop of
``GET /users/{id}/messages/{id}/$value`` at the same concurrency as Cancel365
(``--parallel`` mailboxes at once, 4 requests per mailbox) that writes nothing.
Then Cancel365's mail backup (folders, message delta, $value, Maildir, verify,
manifest, count check) into a temporary folder. Prints messages per second for
both, the ratio (goal: at least 0.8), and Cancel365's peak RSS with samples
along the way (goal: flat).

Run: python benchmarks/mail.py [--mailboxes 40] [--per-mailbox 500] [--parallel 8]
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import resource
import shutil
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

import requests  # noqa: E402
import requests.adapters  # noqa: E402

ROLES = {"User.Read.All", "Mail.Read", "Calendars.Read", "Contacts.Read"}


def serve(conn, mailboxes: int, per_mailbox: int, size: int) -> None:  # noqa: ANN001
    from app.demo.graph_server import DemoGraphServer
    from app.demo.mail_data import MailStore

    server = DemoGraphServer()
    server.routes.mail.store = MailStore.synthetic(server.tenant, mailboxes, per_mailbox, size)
    server.start()
    ids = {box.user_id: list(box.messages) for box in server.routes.mail.store.mailboxes.values()}
    conn.send((server.graph_url, server.issue_token(user_id=None, scopes=ROLES), ids))
    conn.recv()          # until the parent is done
    conn.send(max(server.routes.mail.store.max_active.values()))
    server.stop()


def rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6


def ceiling(url: str, token: str, ids: dict[str, list[str]], parallel: int) -> float:
    session = requests.Session()
    session.mount("http://", requests.adapters.HTTPAdapter(pool_maxsize=parallel * 4 + 8))
    headers = {"Authorization": f"Bearer {token}"}

    def mailbox(user: str) -> None:
        def one(mid: str) -> None:
            r = session.get(f"{url}/users/{user}/messages/{mid}/$value", headers=headers)
            r.raise_for_status()
            len(r.content)
        with ThreadPoolExecutor(4) as pool:
            list(pool.map(one, ids[user]))

    start = time.perf_counter()
    with ThreadPoolExecutor(parallel) as pool:
        list(pool.map(mailbox, ids))
    return sum(len(v) for v in ids.values()) / (time.perf_counter() - start)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mailboxes", type=int, default=40)
    parser.add_argument("--per-mailbox", type=int, default=500)
    parser.add_argument("--size", type=int, default=20_000)
    parser.add_argument("--parallel", type=int, default=8)
    args = parser.parse_args()

    from app.graph.client import StaticToken
    from app.mail.backup import MailBackup

    here, there = multiprocessing.Pipe()
    child = multiprocessing.Process(target=serve, args=(there, args.mailboxes,
                                                        args.per_mailbox, args.size))
    child.start()
    url, token, ids = here.recv()
    total = sum(len(v) for v in ids.values())
    print(f"{total} messages of ~{args.size // 1000} KB in {len(ids)} mailboxes, "
          f"{args.parallel} mailboxes at once, 4 requests per mailbox")
    top = ceiling(url, token, ids, args.parallel)
    print(f"ceiling (plain $value GETs, nothing written): {top:,.0f} messages/s")

    dest = tempfile.mkdtemp(prefix="cancel365-mail-bench-")
    samples: list[tuple[int, float]] = []

    def progress(p) -> None:  # noqa: ANN001
        if not samples or p.messages_done - samples[-1][0] >= total // 8:
            samples.append((p.messages_done, rss_mb()))

    base_rss = rss_mb()
    try:
        start = time.perf_counter()
        summary = MailBackup(StaticToken(token), url, dest, parallel=args.parallel,
                             on_progress=progress).run()
        took = time.perf_counter() - start
    finally:
        shutil.rmtree(dest, ignore_errors=True)
    here.send("done")
    most = here.recv()
    child.join(10)
    ours = summary.total("verified") / took
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"cancel365 mail backup (list, fetch, Maildir, verify, manifest): {ours:,.0f} "
          f"messages/s ({summary.total('verified')} verified, {summary.total('failed')} failed, "
          f"{took:.1f} s)")
    print(f"ratio: {ours / top:.2f} x the ceiling (goal 0.80)")
    print(f"peak RSS: {peak:.0f} MB (before the run {base_rss:.0f} MB); RSS along the way: "
          + ", ".join(f"{n}: {mb:.0f} MB" for n, mb in samples))
    print(f"most requests in progress on one mailbox, as the server saw it: {most}")
    if not summary.complete:
        sys.exit(1)


if __name__ == "__main__":
    threading.current_thread().name = "bench"
    main()
