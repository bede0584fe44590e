"""The wizard's backup, run in a process of its own (app/child_process.py).

Listing thousands of files, keeping their manifest and checking their hashes is
Python work that holds the GIL; on a thread of the wizard's process the window
stalls while it runs. So the Backup page runs :class:`BackupProcess`, which
hands the same :class:`~app.backup.engine.BackupEngine` run to ``cancel365
--child backup`` and only reads its progress back.

What crosses: the plan and the destination once; Pause, Resume and Cancel;
the progress (the child sends the latest at most five times a second); the
summary or the error at the end. The child has no credentials of its own: it
asks the wizard for an access token (the wizard's own token provider answers:
the admin's sign-in or the backup access, refreshed as they need) and keeps it
for a few minutes, or until Graph refuses it.
"""

from __future__ import annotations

import contextlib
import queue
import threading
import time
from collections.abc import Callable
from typing import IO, Any

from app import child_process
from app.backup.control import BackupControl
from app.backup.errors import BackupError
from app.backup.plan import BackupPlan
from app.backup.progress import Progress
from app.backup.run_summary import BackupSummary
from app.graph.client import GraphClient, TokenProvider
from app.texts import translate

PROGRESS_SECONDS = 0.2     # the latest progress, at most this often (the page shows 5 a second)
TOKEN_SECONDS = 300        # a token is asked for again after this long (Graph's last an hour)


def _ended_early() -> BackupError:
    return BackupError(translate(
        "backup", "The backup stopped unexpectedly. Start it again: files verified so far "
        "are kept and it resumes where it stopped."))


# -- the wizard's side -----------------------------------------------------------------------

class RemoteControl(BackupControl):
    """The page's buttons, passed on to the child as well."""

    def __init__(self) -> None:
        super().__init__()
        self._tell: Callable[[str], None] = lambda _: None

    def pause(self) -> None:
        super().pause()
        self._tell("pause")

    def resume(self) -> None:
        super().resume()
        self._tell("resume")

    def cancel(self) -> None:
        super().cancel()
        self._tell("cancel")


class BackupProcess:
    """``BackupEngine(graph, plan, dest, control=…, on_progress=…).run()``, in the child."""

    def __init__(self, graph: GraphClient, plan: BackupPlan, dest: str, *,
                 control: RemoteControl, on_progress: Callable[[Progress], None]) -> None:
        self.graph, self.plan, self.dest = graph, plan, dest
        self.control, self.on_progress = control, on_progress
        self._write = threading.Lock()   # the reader (token answers) and the buttons write

    def run(self) -> BackupSummary:
        """Blocks until the child ends (call it from a worker thread)."""
        process = child_process.start("backup")
        requests, answers = process.stdin, process.stdout
        assert requests is not None and answers is not None

        def tell(message: Any) -> None:
            with self._write, contextlib.suppress(OSError, ValueError):
                child_process.send(requests, message)

        try:
            tell(("start", {"base_url": self.graph.base_url, "plan": self.plan,
                            "dest": self.dest}))
            self.control._tell = lambda what: tell((what, None))
            if self.control.cancelled:   # pressed before the child was listening
                tell(("cancel", None))
            elif self.control.paused:
                tell(("pause", None))
            while True:
                try:
                    kind, value = child_process.receive(answers)
                except (EOFError, OSError):
                    raise _ended_early() from None
                if kind == "progress":
                    self.on_progress(value)
                elif kind == "token":
                    tell(self._token(value))
                elif kind == "done":
                    return value
                else:
                    raise child_process.unpack_error(value)
        finally:
            self.control._tell = lambda _: None
            child_process.end(process, grace=10)   # it stops once its requests end

    def _token(self, force_refresh: bool) -> tuple[str, Any]:
        try:
            return "token", self.graph.tokens.access_token(force_refresh=force_refresh)
        except Exception as error:  # noqa: BLE001 - raised in the child, where it was asked
            return "token-failed", child_process.pack_error(error, _ended_early())


# -- the child ---------------------------------------------------------------------------------

class _WizardTokens(TokenProvider):
    """Tokens from the wizard, asked over the pipe; kept for TOKEN_SECONDS."""

    def __init__(self, ask: Callable[[bool], None]) -> None:
        self._ask = ask
        self._lock = threading.Lock()
        self.answers: queue.Queue[tuple[str, Any]] = queue.Queue()
        self._token, self._until = "", 0.0

    def access_token(self, *, force_refresh: bool = False) -> str:
        with self._lock:
            if force_refresh or not self._token or time.monotonic() > self._until:
                self._ask(force_refresh)
                kind, value = self.answers.get()
                if kind != "token":
                    raise child_process.unpack_error(value)
                self._token, self._until = value, time.monotonic() + TOKEN_SECONDS
            return self._token


class _LatestProgress:
    """The engine's progress, sent at most every PROGRESS_SECONDS (the latest wins)."""

    def __init__(self, send: Callable[[Any], None]) -> None:
        self._send = send
        self._lock = threading.Lock()
        self._latest: Progress | None = None
        self._sent = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, name="progress", daemon=True)
        self._thread.start()

    def report(self, progress: Progress) -> None:
        with self._lock:
            self._latest = progress
        if time.monotonic() - self._sent >= PROGRESS_SECONDS:
            self.flush()

    def flush(self) -> None:
        with self._lock:
            latest, self._latest = self._latest, None
            if latest is not None:
                self._sent = time.monotonic()
                self._send(("progress", latest))   # pickled now: a snapshot

    def _loop(self) -> None:
        while not self._stop.wait(PROGRESS_SECONDS):
            self.flush()

    def close(self) -> None:
        self._stop.set()
        self._thread.join(5)
        self.flush()


def serve(requests: IO[bytes], answers: IO[bytes]) -> int:
    """``cancel365 --child backup``: one backup, as the wizard asks, then exit."""
    from app.backup.engine import BackupEngine

    write = threading.Lock()

    def send(message: Any) -> None:
        with write:
            child_process.send(answers, message)

    try:
        kind, job = child_process.receive(requests)
    except EOFError:
        return 0
    control = BackupControl()
    tokens = _WizardTokens(lambda force: send(("token", force)))

    def listen() -> None:   # the wizard's buttons and token answers, until it closes the pipe
        while True:
            try:
                kind, value = child_process.receive(requests)
            except (EOFError, OSError):
                control.cancel()   # the wizard went away: stop, keep what is verified
                tokens.answers.put(("token-failed", child_process.pack_error(_ended_early(),
                                                                             _ended_early())))
                return
            if kind in ("token", "token-failed"):
                tokens.answers.put((kind, value))
            elif kind in ("pause", "resume", "cancel"):
                getattr(control, kind)()

    threading.Thread(target=listen, name="wizard", daemon=True).start()
    progress = _LatestProgress(send)
    try:
        summary = BackupEngine(GraphClient(tokens, base_url=job["base_url"]), job["plan"],
                               job["dest"], control=control, on_progress=progress.report).run()
    except Exception as error:  # noqa: BLE001 - handed to the wizard, which shows it
        progress.close()
        send(("failed", child_process.pack_error(error, _ended_early())))
        return 1
    progress.close()
    send(("done", summary))
    return 0
