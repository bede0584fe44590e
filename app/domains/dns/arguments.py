"""The ``dns`` command's arguments, apart from the check itself so ``cancel365 --help``
and the other commands start without loading the DNS and translation machinery."""

from __future__ import annotations

import argparse


def add_dns_command(commands: argparse._SubParsersAction) -> None:
    """Register ``dns`` on the main parser's subcommands."""
    dns = commands.add_parser(
        "dns", help="check which DNS records of a domain still point at Microsoft 365",
        description="Check, live, which DNS records still point at Microsoft 365. Exit 0: "
                    "nothing does; 1: something still does; 2: a domain could not be checked.")
    # "*", checked in run_dns: with "+", argparse answers an unknown option such as -x with
    # "the following arguments are required: DOMAIN" instead of naming the option.
    dns.add_argument("domains", nargs="*", metavar="DOMAIN", help="a domain, e.g. contoso.com")
    dns.add_argument("--nameserver", metavar="HOST[:PORT]",
                     help="send every query to this DNS server only (default: the system's)")
    dns.add_argument("--timeout", type=float, default=3.0, metavar="SECONDS",
                     help="how long to wait for each answer (default: 3)")
    dns.add_argument("--json", action="store_true", help="print JSON instead of a table")
    # Also after the command (cancel365 dns --language da …); SUPPRESS keeps a --language
    # given before it (cancel365 --language da dns …) when this one is absent.
    dns.add_argument("--language", metavar="CODE", default=argparse.SUPPRESS,
                     help="the table's language: en, da, sv, nl or nb (default: English)")
