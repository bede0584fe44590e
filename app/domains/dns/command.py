"""``cancel365 dns DOMAIN…``: the Domains page's checks, for a terminal or a script.

Exit 0 when nothing points at Microsoft 365 any more, 1 when something still
does, 2 when a domain could not be checked; with several domains the worst.
"""

from __future__ import annotations

import argparse
import json
import logging
import shutil
import sys
import textwrap
from collections.abc import Sequence
from typing import TextIO

from app.domains.dns.advice import translate
from app.domains.dns.check import CheckOptions, InvalidNameserverError, Nameserver, check_domains
from app.domains.dns.results import DomainCheck, DomainStatus, RecordRow

log = logging.getLogger(__name__)


def run_dns(args: argparse.Namespace, out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Run the check and print it; never raises."""
    out = out or sys.stdout
    err = err or sys.stderr
    if not args.domains:
        print("cancel365 dns: give at least one domain, e.g. cancel365 dns contoso.com", file=err)
        return 2
    if any(not d.strip() for d in args.domains):
        print("cancel365 dns: an empty domain name was given; give a domain such as contoso.com.",
              file=err)
        return 2
    try:
        _install_language(getattr(args, "language", None))
        options = CheckOptions(timeout=max(0.1, args.timeout))
        if args.nameserver:
            server = Nameserver.parse(args.nameserver)
            server.address()  # a host name that doesn't resolve: say so now, once
            # "Every query to that server only": the domain's own servers are not asked.
            options = CheckOptions(nameservers=(server,), timeout=options.timeout,
                                   ask_authoritative=False)
        checks = check_domains(args.domains, options)
    except InvalidNameserverError as error:
        print(f"cancel365 dns: {error}", file=err)
        return 2
    except Exception as error:  # noqa: BLE001 - the promise is one line, never a traceback
        log.debug("dns command failed", exc_info=True)
        message = translate("dns", "unexpected error ({0}). Run with --verbose for details.")
        print("cancel365 dns: " + message.format(type(error).__name__), file=err)
        return 2
    if args.json:
        json.dump([c.to_json() for c in checks], out, ensure_ascii=False, indent=2)
        out.write("\n")
    else:
        out.write(render_table(checks))
    for check in checks:
        if check.error:
            print(f"cancel365 dns: {check.unicode}: {check.error}", file=err)
    return max(c.status.exit_code for c in checks)


def _status_line(check: DomainCheck) -> str:
    return {
        DomainStatus.CLEAR: translate("dns", "nothing points at Microsoft 365 any more"),
        DomainStatus.MICROSOFT: translate("dns", "still points at Microsoft 365"),
        DomainStatus.ERROR: translate("dns", "could not be checked"),
    }[check.status]


def _yes_no(row: RecordRow) -> str:
    return {True: translate("dns", "yes"), False: translate("dns", "no"),
            None: translate("dns", "unknown")}[row.points_to_microsoft]


def render_table(checks: Sequence[DomainCheck], width: int | None = None) -> str:
    """A readable table per domain: records, whether they point at Microsoft 365, what to do."""
    width = width or max(60, min(120, shutil.get_terminal_size((100, 24)).columns))
    headers = (translate("dns", "Record"), translate("dns", "Type"),
               translate("dns", "Microsoft 365?"), translate("dns", "TTL"),
               translate("dns", "Value"))
    lines: list[str] = []
    for check in checks:
        title = check.unicode if check.unicode == check.ascii else \
            f"{check.unicode} ({check.ascii})"
        lines.append(f"{title}: {_status_line(check)}")
        if check.error and all(row.points_to_microsoft is None for row in check.rows):
            lines.append("")  # nothing learnt; the one-line message goes to stderr
            continue
        table = [headers] + [
            (row.name, row.type, _yes_no(row), "" if row.ttl is None else str(row.ttl),
             row.values[0] if row.values else "–")
            for row in check.rows]
        widths = [max(len(r[i]) for r in table) for i in range(4)]
        for index, cells in enumerate(table):
            line = "  " + "  ".join(c.ljust(w) for c, w in zip(cells[:4], widths, strict=True))
            lines.append((line + "  " + cells[4]).rstrip())
            if index == 0:
                continue
            row = check.rows[index - 1]
            for extra in row.values[1:]:
                lines.append(" " * (len(line) + 2) + extra)
            for text in (row.advice, row.note):
                if text:
                    lines += textwrap.wrap(text, width, initial_indent="      → ",
                                           subsequent_indent="        ")
        if check.status is not DomainStatus.ERROR:
            lines.append("  " + translate("dns", "Next steps:"))
            for number, step in enumerate(check.steps, 1):
                mark = "✓" if step.done else " "
                lines += textwrap.wrap(step.text, width, initial_indent=f"  [{mark}] {number}. ",
                                       subsequent_indent="         ")
        lines.append("")
    return "\n".join(lines)


def _install_language(language: str | None) -> None:
    """Load the wizard's translation for the table and the messages, when there is one."""
    if not language:
        return
    from PySide6.QtCore import QCoreApplication

    from app import i18n

    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    _translators.extend(i18n.install(app, i18n.pick_language(language)))


_translators: list[object] = []  # kept alive for the process
