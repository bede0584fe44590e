"""``cancel365 status``: is the subscription still Enabled? The Confirm page's read, for later.

Exit codes: 0 no (chosen) subscription is Enabled any more; 1 at least one
still is; 2 bad arguments or no access (no token, or Microsoft 365 refused it).
Credentials are found the way ``cancel365 backup`` finds them.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Mapping
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:   # every start parses the commands: the wizard's must not wait for Graph's client
    from app.confirm.status import SubscriptionStatus

EXIT_NONE_ENABLED, EXIT_STILL_ENABLED, EXIT_NO_ACCESS = 0, 1, 2


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The ``status`` subcommand's options."""
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    parser.add_argument("--subscription", action="append", default=[], metavar="ID",
                        help="only this subscription (its ID, commerce subscription ID or "
                             "SKU part number; repeatable; default: every subscription)")


def run(args: argparse.Namespace, env: Mapping[str, str] | None = None,
        out: TextIO | None = None, err: TextIO | None = None) -> int:
    from app.backup.command import credentials
    from app.confirm.status import read_statuses
    from app.errors import Cancel365Error, NotSignedInError, PermissionMissingError
    from app.graph.client import GraphClient

    out = out or sys.stdout
    err = err or sys.stderr
    env = os.environ if env is None else env
    found = credentials(env)
    if found is None:
        print("cancel365 status: no credentials. Set CANCEL365_ACCESS_TOKEN (a Graph bearer "
              "token with Organization.Read.All) and, for another Graph, CANCEL365_GRAPH_URL; "
              "or set up backup access in the wizard.", file=err)
        return EXIT_NO_ACCESS
    tokens, base_url = found
    try:
        statuses = read_statuses(GraphClient(tokens, base_url=base_url))
    except NotSignedInError as exc:
        print(f"cancel365 status: Microsoft 365 refused the token: it has expired or is not "
              f"valid. Get a new one and try again. ({exc})", file=err)
        return EXIT_NO_ACCESS
    except PermissionMissingError as exc:
        print(f"cancel365 status: Microsoft 365 refused the token: it may not read "
              f"subscriptions (it needs Organization.Read.All). ({exc})", file=err)
        return EXIT_NO_ACCESS
    except Cancel365Error as exc:
        print(f"cancel365 status: {exc}", file=err)
        return EXIT_NO_ACCESS
    chosen = _chosen(statuses, args.subscription)
    if args.subscription and not chosen:
        print("cancel365 status: no subscription matches --subscription.", file=err)
        return EXIT_NO_ACCESS
    still = [s for s in chosen if s.enabled]
    if args.json:
        json.dump({"subscriptions": [s.to_json() for s in chosen],
                   "stillEnabled": len(still)}, out, indent=2)
        print(file=out)
    else:
        print_table(chosen, out)
        print(f"\n{len(still)} of {len(chosen)} still Enabled." if still else
              f"\nNone of the {len(chosen)} is Enabled any more.", file=out)
    return EXIT_STILL_ENABLED if still else EXIT_NONE_ENABLED


def _chosen(statuses: list[SubscriptionStatus], wanted: list[str]) -> list[SubscriptionStatus]:
    if not wanted:
        return statuses
    keys = {w.strip().lower() for w in wanted}
    return [s for s in statuses
            if {s.id.lower(), s.subscription.commerce_subscription_id.lower(),
                s.subscription.sku_part_number.lower()} & keys]


def print_table(statuses: list[SubscriptionStatus], out: TextIO) -> None:
    """A plain table: product, status, licence pool's status, next change, ID."""
    header = ("Product", "Status", "Licences", "Next change", "Subscription ID")
    rows = [(s.name, s.status or "-", s.capability_status or "(gone)",
             s.next_lifecycle.strftime("%Y-%m-%d") if s.next_lifecycle else "-", s.id)
            for s in statuses]
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    for row in [header, *rows]:
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip(),
              file=out)
