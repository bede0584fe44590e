"""Mail backup speed against a plain loop of $value GETs, on the demo server.

20,000 messages of about 20 KB in 40 mailboxes (``MailStore.synthetic``), served
by the demo Graph server in a child process. First the ceiling: a plain loop of
``GET /users/{id}/messages/{id}/$value`` at the same concurrency as Cancel365
(``--parallel`` mailboxes at once, 4 requests per mailbox) that writes nothing.
Then Cancel365's mail backup (folders, message delta, $value, Maildir, verify,
manifest, count check) into a temporary folder. Prints messages per second for
both, the ratio (goal: at least 0.8), and Cancel365's peak RSS with samples
along the way (goal: flat).

The ceiling's loop uses urllib3's pool directly, as Cancel365 does (app.mail.http):
the fastest plain client, so the ratio is what saving, verifying and recording cost
on top of the GETs. ``--rounds`` repeats both, alternating which goes first, and
prints each round's ratio, the median and the spread (the machine is shared).
``--outlook-limits`` makes the demo server enforce Outlook's limits
(app.demo.mail_limits): a fifth request at once on a mailbox, or one over 10,000 in
10 minutes, gets 429 with Retry-After.

Run: python benchmarks/mail.py [--mailboxes 40] [--per-mailbox 500] [--parallel 8]
     [--rounds 3] [--outlook-limits]
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import resource
import shutil
import statistics
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

import requests  # noqa: E402
import requests.adapters  # noqa: E402
import urllib3  # noqa: E402

ROLES = {"User.Read.All", "Mail.Read", "Calendars.Read", "Contacts.Read"}


def serve(conn, mailboxes: int, per_mailbox: int, size: int,  # noqa: ANN001
          limits: bool = False) -> None:
    from app.demo.graph_server import DemoGraphServer
    from app.demo.mail_data import MailStore
    from app.demo.mail_limits import OutlookLimits

    server = DemoGraphServer()
    server.routes.mail.store = MailStore.synthetic(server.tenant, mailboxes, per_mailbox, size)
    if limits:
        server.routes.mail.store.limits = OutlookLimits()
    server.start()
    ids = {box.user_id: list(box.messages) for box in server.routes.mail.store.mailboxes.values()}
    conn.send((server.graph_url, server.issue_token(user_id=None, scopes=ROLES), ids))
    conn.recv()          # until the parent is done
    store = server.routes.mail.store
    conn.send((max(store.max_active.values()),
               sum(store.limits.refused.values()) if store.limits else None))
    server.stop()


def rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6


def ceiling(url: str, token: str, ids: dict[str, list[str]], parallel: int,
            client: str = "urllib3") -> float:
    http = urllib3.PoolManager(maxsize=parallel * 4 + 8)
    session = requests.Session()          # --ceiling-client requests: the earlier ceiling
    session.mount("http://", requests.adapters.HTTPAdapter(pool_maxsize=parallel * 4 + 8))
    headers = {"Authorization": f"Bearer {token}"}

    def mailbox(user: str) -> None:
        def one(mid: str) -> None:
            if client == "requests":
                got = session.get(f"{url}/users/{user}/messages/{mid}/$value", headers=headers)
                assert got.status_code == 200, got.status_code
                len(got.content)
                return
            r = http.request("GET", f"{url}/users/{user}/messages/{mid}/$value",
                             headers=headers, retries=False)
            assert r.status == 200, r.status
            len(r.data)
        with ThreadPoolExecutor(4) as pool:
            list(pool.map(one, ids[user]))

    start = time.perf_counter()
    with ThreadPoolExecutor(parallel) as pool:
        list(pool.map(mailbox, ids))
    return sum(len(v) for v in ids.values()) / (time.perf_counter() - start)


def ours(url: str, token: str, parallel: int,
         total: int) -> tuple[float, float, object, list]:
    """Messages per second, the CPU seconds the backup took (not the clean-up after it),
    the summary, RSS samples."""
    from app.graph.client import StaticToken
    from app.mail.backup import MailBackup

    dest = tempfile.mkdtemp(prefix="cancel365-mail-bench-")
    samples: list[tuple[int, float]] = []

    def progress(p) -> None:  # noqa: ANN001
        if not samples or p.messages_done - samples[-1][0] >= total // 8:
            samples.append((p.messages_done, rss_mb()))

    try:
        cpu = time.process_time()
        start = time.perf_counter()
        summary = MailBackup(StaticToken(token), url, dest, parallel=parallel,
                             on_progress=progress).run()
        took = time.perf_counter() - start
        cpu = time.process_time() - cpu
    finally:
        shutil.rmtree(dest, ignore_errors=True)
    return summary.total("verified") / took, cpu, summary, samples


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mailboxes", type=int, default=40)
    parser.add_argument("--per-mailbox", type=int, default=500)
    parser.add_argument("--size", type=int, default=20_000)
    parser.add_argument("--parallel", type=int, default=8)
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--outlook-limits", action="store_true")
    parser.add_argument("--ceiling-client", choices=("urllib3", "requests"), default="urllib3",
                        help="the plain loop's HTTP client (requests: the ceiling before "
                             "Cancel365's mail requests moved to urllib3)")
    args = parser.parse_args()

    here, there = multiprocessing.Pipe()
    child = multiprocessing.Process(target=serve, args=(there, args.mailboxes, args.per_mailbox,
                                                        args.size, args.outlook_limits))
    child.start()
    url, token, ids = here.recv()
    total = sum(len(v) for v in ids.values())
    print(f"{total} messages of ~{args.size // 1000} KB in {len(ids)} mailboxes, "
          f"{args.parallel} mailboxes at once, 4 requests per mailbox"
          + (", Outlook's limits enforced by the server" if args.outlook_limits else "")
          + f"; the ceiling's client: {args.ceiling_client}")
    base_rss = rss_mb()
    ratios: list[float] = []
    complete = True
    for n in range(args.rounds):
        first_ceiling = n % 2 == 0            # alternate who goes first
        if first_ceiling:
            cpu = time.process_time()
            top = ceiling(url, token, ids, args.parallel, args.ceiling_client)
            top_cpu = time.process_time() - cpu
        mine, mine_cpu, summary, samples = ours(url, token, args.parallel, total)
        if not first_ceiling:
            cpu = time.process_time()
            top = ceiling(url, token, ids, args.parallel, args.ceiling_client)
            top_cpu = time.process_time() - cpu
        complete = complete and summary.complete
        ratios.append(mine / top)
        print(f"round {n + 1} ({'ceiling' if first_ceiling else 'cancel365'} first): ceiling "
              f"(plain $value GETs, nothing written) {top:,.0f} messages/s; cancel365 (list, "
              f"fetch, Maildir, verify, manifest) {mine:,.0f} messages/s "
              f"({summary.total('verified')} verified, {summary.total('failed')} failed); "
              f"ratio {mine / top:.2f}; client CPU per message {top_cpu / total * 1000:.1f} "
              f"ms (ceiling) and {mine_cpu / total * 1000:.1f} ms (cancel365)")
    here.send("done")
    most, refused = here.recv()
    child.join(10)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    ordered = sorted(ratios)
    print(f"ratio: median {statistics.median(ratios):.2f} x the ceiling over {len(ratios)} "
          f"rounds (spread {ordered[0]:.2f} to {ordered[-1]:.2f}; goal 0.80)")
    print(f"peak RSS: {peak:.0f} MB (before the runs {base_rss:.0f} MB); RSS along the last "
          "run: " + ", ".join(f"{n}: {mb:.0f} MB" for n, mb in samples))
    print(f"most requests in progress on one mailbox, as the server saw it: {most}"
          + (f"; 429s the server answered: {refused}" if refused is not None else ""))
    if not complete:
        sys.exit(1)


if __name__ == "__main__":
    threading.current_thread().name = "bench"
    main()
