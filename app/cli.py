"""The ``cancel365`` command: the wizard by default, and tools for scripts."""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
import threading
from collections.abc import Sequence

from app import __version__, logs
from app.backup import command as backup_command
from app.confirm import status_command
from app.domains.dns.arguments import add_dns_command
from app.mail_move import command as mail_move_command


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cancel365",
        description="Leave a Microsoft 365 business subscription safely. "
                    "Without a command, opens the wizard.",
    )
    parser.add_argument("--version", action="version", version=f"Cancel365 {__version__}")
    parser.add_argument("--demo", action="store_true",
                        help="open the wizard on the built-in demo tenant (nothing real changes)")
    parser.add_argument("--language", metavar="CODE",
                        help="wizard language: en, da, sv, nl or nb (default: the system's)")
    parser.add_argument("--client-id", metavar="GUID",
                        help="your organization's app registration to sign in with (remembered; "
                             "see docs/app-registration.md)")
    parser.add_argument("--self-test", action="store_true",
                        help="check this installation (wizard pages on the demo tenant, translations, "
                             "keyring, a small backup, a DNS check), print a report, exit 0 or 1")
    parser.add_argument("--startup-probe", choices=("bare", "cancel365", "next"), help=argparse.SUPPRESS)
    # The wizard's own worker processes (app/child_process.py): requests on stdin.
    parser.add_argument("--child", choices=("dns", "backup"), help=argparse.SUPPRESS)
    parser.add_argument("-v", "--verbose", action="store_true", help="log details to stderr")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    server = commands.add_parser(
        "demo-server", help="serve the demo tenant's Graph API on loopback until interrupted")
    server.add_argument("--port", type=int, default=0, help="port (default: any free one)")
    server.add_argument("--change-every", type=float, default=120.0, metavar="SECONDS",
                        help="change some files of the admin's OneDrive this often, so a second "
                             "backup has changes to fetch (0: never; default 120)")
    add_dns_command(commands)
    backup_command.add_arguments(commands.add_parser(
        "backup", help="back up every OneDrive and SharePoint library to a folder, verified"))
    mail_move_command.add_arguments(commands.add_parser(
        "mail-move", help="copy each user's saved mailbox into the new provider over IMAP "
                          "(resumable, nothing duplicated)"))
    status_command.add_arguments(commands.add_parser(
        "status", help="show whether the subscriptions are still Enabled (exit 0: none is)"))
    return parser


def run_demo_server(port: int, change_every: float = 0.0) -> int:
    """Print one JSON line with the URL and a token, then serve until interrupted."""
    from app.demo.graph_server import DemoGraphServer

    server = DemoGraphServer(port=port, change_every=change_every or None).start()
    print(json.dumps({"graph_url": server.graph_url, "token": server.issue_token(),
                      "app_token": server.issue_token(user_id=None)}), flush=True)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    try:
        stop.wait()
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
    return 0


def run_child(role: str) -> int:
    """``--child ROLE``: serve the wizard's requests on stdin until it closes them."""
    from app import child_process

    requests, answers = child_process.stdio()
    with requests, answers:
        if role == "dns":
            from app.domains.dns.service import serve
        else:
            from app.backup.process import serve
        return serve(requests, answers)


def remember_client_id(client_id: str) -> int:
    """Save ``--client-id`` for this and later runs; 2 when it is not a client ID."""
    from app import settings

    if not settings.is_client_id(client_id):
        print(f"cancel365: {client_id!r} is not a client ID (a GUID such as "
              "1b2c3d4e-0000-1111-2222-333344445555 from the app registration's Overview "
              "page).", file=sys.stderr)
        return 2
    settings.save(settings.load().with_changes(client_id=client_id.strip()))
    return 0


def wizard_language(requested: str | None) -> str | None:
    """``--language`` is remembered for later runs; without it, the remembered one."""
    from app import i18n, settings

    if requested:
        code = i18n.pick_language(requested)
        settings.save(settings.load().with_changes(language=code))
        return code
    return settings.load().language or None


def run_wizard(args: argparse.Namespace) -> int:
    try:
        from ui.app import run
    except ImportError as exc:
        print(f"cancel365: the wizard could not start: {exc}. Install Cancel365 with its Qt "
              "libraries (see the README).", file=sys.stderr)
        return 2
    return run(demo=args.demo, language=wizard_language(args.language))


def main(argv: Sequence[str] | None = None) -> int:
    try:
        return _main(argv)
    except BrokenPipeError:
        # The reader went away (``cancel365 dns … --json | head``): stop quietly, and keep
        # the interpreter's final flush of stdout from raising the same error again.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1


def _main(argv: Sequence[str] | None) -> int:
    args = build_parser().parse_args(argv)
    logs.configure(args.verbose)
    if args.startup_probe:   # benchmarks/startup.py, also inside the bundle
        from ui.startup_probe import run as probe

        return probe(args.startup_probe)
    if args.child:
        return run_child(args.child)
    if args.self_test:
        from ui.self_test import run as run_self_test

        return run_self_test()
    if args.command == "demo-server":
        return run_demo_server(args.port, args.change_every)
    if args.command == "dns":
        from app.domains.dns.command import run_dns

        return run_dns(args)
    if args.client_id and remember_client_id(args.client_id):
        return 2
    if args.command == "backup":
        return backup_command.run(args)
    if args.command == "mail-move":
        return mail_move_command.run(args)
    if args.command == "status":
        return status_command.run(args)
    return run_wizard(args)


if __name__ == "__main__":
    raise SystemExit(main())
