"""The loopback redirect for browser sign-in: a one-shot HTTP listener on 127.0.0.1.

MSAL's own ``acquire_token_interactive`` blocks with no way to cancel it, so
the product drives the same auth-code flow through MSAL's public
``initiate_auth_code_flow``/``acquire_token_by_auth_code_flow`` and receives
the answer here, where a cancel or a timeout can stop the wait.
"""

from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import parse_qsl, urlsplit

_DONE_PAGE = ("<html><body style='font-family:sans-serif'><h2>{title}</h2><p>{text}</p>"
              "</body></html>")


class LoopbackReceiver:
    """Waits for the one redirect that carries ``state``; ignores anything else."""

    def __init__(self, state: str) -> None:
        self.state = state
        self.answer: dict[str, str] | None = None
        self._arrived = threading.Event()
        self._server = HTTPServer(("127.0.0.1", 0), _Handler)
        self._server.receiver = self  # type: ignore[attr-defined]
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True,
                                        name="sign-in-redirect")

    @property
    def redirect_uri(self) -> str:
        """Entra ID accepts any port on http://localhost for a desktop app."""
        return f"http://localhost:{self._server.server_address[1]}"

    def __enter__(self) -> LoopbackReceiver:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    def wait(self, stop: threading.Event, deadline: float) -> dict[str, str] | None:
        """The redirect's parameters, or None when ``stop`` is set or time runs out."""
        while not stop.is_set() and time.monotonic() < deadline:
            if self._arrived.wait(0.2):
                return self.answer
        return None

    def _take(self, params: dict[str, str]) -> bool:
        if self._arrived.is_set() or params.get("state") != self.state:
            return False
        if "code" not in params and "error" not in params:
            return False
        self.answer = params
        self._arrived.set()
        return True


class _Handler(BaseHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass  # the request line carries the authorization code

    def do_GET(self) -> None:
        self._answer(dict(parse_qsl(urlsplit(self.path).query)))

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        self._answer(dict(parse_qsl(self.rfile.read(length).decode("utf-8", "replace"))))

    def _answer(self, params: dict[str, str]) -> None:
        receiver: LoopbackReceiver = self.server.receiver  # type: ignore[attr-defined]
        if receiver._take(params):
            ok = "code" in params
            page = _DONE_PAGE.format(
                title="Signed in to Cancel365" if ok else "Sign-in did not finish",
                text="You can close this tab and go back to Cancel365." if ok else
                     "Go back to Cancel365 to see what happened and try again.")
            status = 200
        else:
            page = _DONE_PAGE.format(title="Cancel365", text="This page is not expected here.")
            status = 400
        data = page.encode()
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)
