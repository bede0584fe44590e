"""The ``cancel365`` command: the wizard by default, and tools for scripts."""

from __future__ import annotations

import argparse
import json
import signal
import sys
import threading
from collections.abc import Sequence

from app import __version__, logs
from app.backup import command as backup_command


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
    parser.add_argument("-v", "--verbose", action="store_true", help="log details to stderr")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    server = commands.add_parser(
        "demo-server", help="serve the demo tenant's Graph API on loopback until interrupted")
    server.add_argument("--port", type=int, default=0, help="port (default: any free one)")
    backup_command.add_arguments(commands.add_parser(
        "backup", help="back up every OneDrive and SharePoint library to a folder, verified"))
    return parser


def run_demo_server(port: int) -> int:
    """Print one JSON line with the URL and a token, then serve until interrupted."""
    from app.demo.graph_server import DemoGraphServer

    server = DemoGraphServer(port=port).start()
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


def run_wizard(args: argparse.Namespace) -> int:
    try:
        from ui.app import run
    except ImportError as exc:
        print(f"cancel365: the wizard could not start: {exc}. Install Cancel365 with its Qt "
              "libraries (see the README).", file=sys.stderr)
        return 2
    return run(demo=args.demo, language=args.language)


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logs.configure(args.verbose)
    if args.command == "demo-server":
        return run_demo_server(args.port)
    if args.command == "backup":
        return backup_command.run(args)
    return run_wizard(args)


if __name__ == "__main__":
    raise SystemExit(main())
