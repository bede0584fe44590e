"""Many files at once on one thread: libcurl's multi interface drives every transfer.

Python threads would fight over the interpreter lock for every small file;
here one thread owns every connection. It starts a transfer when a slot is
free and the shared pacer allows, hands each answer to the file's
:class:`FileFetch`, and keeps the waits (back-off after a failure, Retry-After)
as timers instead of sleeping. Graph lookups for fresh download URLs run on a
small pool, so an hour's worth of expired URLs never holds the transfers up.
"""

from __future__ import annotations

import functools
import heapq
import itertools
import logging
import queue
import time
import urllib.request
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor

import pycurl

from app.backup.concurrency import LinkWatch, Timing
from app.backup.control import BackupControl
from app.backup.errors import BackupError, ConnectionLostError
from app.backup.fetch import FetchResult, FileFetch, FileJob, Finished, NeedUrl, Request, Step, Wait
from app.backup.hash_worker import Hashed, HashWorker
from app.backup.manifest import ItemState
from app.backup.parts import PartedFile, PartFetch, PartMoves, parted
from app.backup.transfer import PUMP_AT, Answer, Sink, Transfer, new_handle
from app.errors import Cancel365Error, GraphError, NotSignedInError
from app.graph.client import GraphClient
from app.graph.pacer import Pacer
from app.texts import translate

log = logging.getLogger(__name__)

IDLE_WAIT = 0.1      # seconds the loop sleeps at most while it has nothing to do
GIVE_UP_AFTER = 60.0   # seconds without reaching any server before the backup stops
UNREACHABLE_TRIES = 10  # ... and at least this many requests in a row that reached nothing
URL_LOOKUPS = 4      # Graph calls for fresh download URLs at the same time, at most
# Parts of big files on one link: 8, the top of the "small pool (about 4-8)" that Microsoft's
# throttling pages suggest (concurrency.py). On the emulated 40 ms link with 0.1% loss, 6
# connections gave 77-91% of the link and 8 gave 90-91% (2 rounds each, a busy machine).
PART_CONNECTIONS = 8
GATHER = 0.004       # seconds between reads while a big file's bytes trickle in ...
TRICKLE = 256 * 1024  # ... that is, a read brought fewer bytes than this


class Downloader:
    """Fetches the files put on a queue, ``parallel`` at a time, until it gets ``None``."""

    def __init__(self, graph: GraphClient, pacer: Pacer, control: BackupControl, dest: str, *,
                 parallel: int, on_start: Callable[[FileJob], None],
                 on_bytes: Callable[[FileJob, int], None],
                 on_done: Callable[[FileJob, FetchResult, int], None],
                 timeout: float = 60.0, link_watch: LinkWatch | None = None) -> None:
        self.graph = graph
        self.pacer = pacer
        self.control = control
        self.dest = dest
        self.parallel = max(1, parallel)
        self.on_start = on_start
        self.on_bytes = on_bytes
        self.on_done = on_done
        self.timeout = timeout
        self.link_watch = link_watch  # None: ``parallel`` is fixed; else it follows the link
        self._multi = pycurl.CurlMulti()
        # One transfer per connection, HTTP/2 or not. libcurl negotiates HTTP/2 over TLS
        # (SharePoint offers it) and by default puts every later transfer on one busy HTTP/2
        # connection: measured against nginx with http2 over TLS on loopback, 55 of 56
        # transfers after the first 8 shared one TCP connection. On a lossy link with a long
        # round trip, one connection is what cannot fill the link (parts.py, concurrency.py).
        self._multi.setopt(pycurl.M_PIPELINING, pycurl.PIPE_NOTHING)
        self._idle: list[pycurl.Curl] = []
        # Body buffers: each transfer has its own (a handle may start its next file before
        # the last one's bytes are stored); an ended transfer's buffer is used again.
        self._spare_sinks: list[Sink] = []
        self._jobs: queue.Queue[FileJob | None] | None = None
        self._proxies = urllib.request.getproxies()  # read once a run (the system's are slow)
        self._active: dict[pycurl.Curl, tuple[FileFetch, Transfer]] = {}
        self._pending: deque[tuple[FileFetch, Request]] = deque()
        self._timers: list[tuple[float, int, FileFetch]] = []
        self._seq = itertools.count()
        self._lookups: ThreadPoolExecutor | None = None
        self._hashes: HashWorker | None = None  # started with the first big file
        self._arrived: queue.SimpleQueue[tuple[FileFetch, str | None, BaseException | None]] = \
            queue.SimpleQueue()
        self._looking_up = 0
        self._open = 0           # files taken and not finished
        self._no_more = False    # the queue said None
        self._folders: set[str] = set()
        self._pacer_ready = 0.0  # monotonic instant the pacer allows the next start
        self._last_perform = 0.0  # when libcurl last read the sockets ...
        self._last_brought = 0    # ... and the body bytes that read brought
        self._reached = time.monotonic()  # the last time a server answered at all
        self._unreachable = 0             # requests in a row that reached no server

    # -- the loop ----------------------------------------------------------------

    def run(self, jobs: queue.Queue[FileJob | None]) -> None:
        """Download until every file ended or the backup was cancelled.

        Raises BackupError (the destination) or NotSignedInError (the token), which
        stop the whole backup. Files still in flight keep their part files.
        """
        self._jobs = jobs
        try:
            while not self.control.cancelled:
                self._take(jobs)
                self._due_timers()
                self._urls_arrived()
                self._hashes_arrived()
                if not self.control.paused:
                    self._start_pending()
                self._perform()
                if self.control.paused or self.control.cancelled:
                    self._stop_active()
                if self._no_more and not self._open:
                    return
                self._wait(jobs)
        finally:
            self._close()

    def _take(self, jobs: queue.Queue[FileJob | None]) -> None:
        """New files from the queue while there are free slots."""
        while not self._no_more and not self.control.paused and self._taken() < self.parallel:
            try:
                job = jobs.get_nowait()
            except queue.Empty:
                return
            if job is None:
                self._no_more = True
                return
            self._begin(job)

    def _taken(self) -> int:
        """Files in hand: running, about to run, waiting out a back-off or for a fresh URL."""
        return len(self._active) + len(self._pending) + len(self._timers) + self._looking_up

    def _begin(self, job: FileJob) -> None:
        self._open += 1
        self.on_start(job)
        if parted(job):  # a big file: in parts over several connections (parts.py)
            file = PartedFile(job, self.dest, self.pacer, self._hash_worker())
            self._part_moves(file, lambda: file.start(self._folders))
            return
        fetch = FileFetch(job, self.dest, self.pacer)
        self._advance(fetch, lambda: fetch.first_step(self._folders))

    def _wait(self, jobs: queue.Queue[FileJob | None]) -> None:
        """Sleep until something can happen: a socket, a timer, the pacer, a new file."""
        now = time.monotonic()
        limit = IDLE_WAIT
        if self._timers:
            limit = min(limit, max(0.0, self._timers[0][0] - now))
        if self._pending and len(self._active) < self._slots() and not self.control.paused:
            # a free connection waits for the pacer (queued parts of a big file wait for a
            # free connection, not the pacer: waiting on the pacer then would spin this loop)
            limit = min(limit, max(0.0, self._pacer_ready - now))
        if self._active:
            trickle = self._trickle_wait(now)
            if trickle > 0:  # a big file's bytes trickle in: let them gather first
                time.sleep(min(limit, trickle))
            else:
                self._multi.select(limit)
        elif (not self._pending and not self._timers and not self._looking_up
              and not self._no_more and not self.control.paused):
            try:  # nothing to do but wait for the next file
                job = jobs.get(timeout=IDLE_WAIT)
            except queue.Empty:
                return
            if job is None:
                self._no_more = True
            else:
                self._begin(job)
        elif self._hashes is not None and not self._pending and not self._looking_up:
            try:  # only hashes to wait for (a big file's last part has landed)
                answer = self._hashes.results.get(timeout=limit)
            except queue.Empty:
                return
            self._hashes_arrived(answer)
        elif limit > 0:
            time.sleep(min(limit, 0.02) if self._looking_up else limit)

    # -- steps -------------------------------------------------------------------

    def _advance(self, fetch: FileFetch, decide: Callable[[], Step]) -> None:
        """Run one of the file's decisions and carry out the step it names."""
        self._carry(fetch, _decide(decide))

    def _carry(self, fetch: FileFetch, step: Step) -> None:
        if isinstance(fetch, PartFetch):
            file = fetch.file
            if file.abandoned:  # the file ended already: its parts' steps count no more
                return
            if isinstance(step, Finished):
                self._part_moves(file, lambda: file.part_ended(fetch, step.result))
                return
        if isinstance(step, Request):
            self._pending.append((fetch, step))
        elif isinstance(step, Wait):
            if step.seconds > 0:
                heapq.heappush(self._timers, (time.monotonic() + step.seconds, next(self._seq),
                                              fetch))
            else:
                self._advance(fetch, fetch.next_step)
        elif isinstance(step, NeedUrl):
            self._look_up(fetch)
        else:
            self._open -= 1
            self.on_done(fetch.job, step.result, fetch.received)

    def _part_moves(self, file: PartedFile, decide: Callable[[], PartMoves]) -> None:
        """Carry out a parted file's decision: parts to start, or the file's own step."""
        try:
            moves = decide()
        except (BackupError, NotSignedInError):
            raise
        except Exception as exc:  # judged below as a whole file's decision would be
            file.abandoned = True
            error = exc
            moves = _decide(lambda: _raise(error))
        if moves is None:
            return
        if isinstance(moves, list):
            for part in moves:
                self._advance(part, part.next_step)
            return
        if isinstance(moves, Finished):
            file.abandoned = True  # parts still on their way (there are none) count no more
        self._carry(file.whole, moves)

    def _hash_worker(self) -> HashWorker:
        if self._hashes is None:
            self._hashes = HashWorker()
        return self._hashes

    def _hashes_arrived(self, first: Hashed | None = None) -> None:
        """Registers of hashed ranges, to their files."""
        if self._hashes is None:
            return
        while True:
            if first is not None:
                answer, first = first, None
            else:
                try:
                    answer = self._hashes.results.get_nowait()
                except queue.Empty:
                    return
            token = answer.token
            file = getattr(token, "file", None)
            if isinstance(file, PartedFile) and not file.abandoned:
                self._part_moves(file, lambda f=file, a=answer: f.hashed(a))

    def _due_timers(self) -> None:
        now = time.monotonic()
        while self._timers and self._timers[0][0] <= now:
            _, _, fetch = heapq.heappop(self._timers)
            self._advance(fetch, fetch.next_step)

    def _start_pending(self) -> None:
        while self._pending and len(self._active) < self._slots():
            delay = self.pacer.try_acquire()
            if delay > 0:
                self._pacer_ready = time.monotonic() + delay
                return
            fetch, request = self._pending.popleft()
            sink = self._spare_sinks.pop() if self._spare_sinks else Sink()
            handle = self._idle.pop() if self._idle else new_handle(sink, timeout=self.timeout)
            transfer = Transfer(handle, sink, request.url, request.part,
                                request.offset, request.hasher,
                                on_bytes=functools.partial(self.on_bytes, fetch.job),
                                proxies=self._proxies, end=request.end)
            transfer.start()
            self._active[handle] = (fetch, transfer)
            self._multi.add_handle(handle)

    def _slots(self) -> int:
        """Connections the next queued request may use: ``parallel``, or for a big file's
        part at least :data:`PART_CONNECTIONS` when the number follows the link."""
        if self.link_watch is not None and self._pending and self._pending[0][1].end is not None:
            return max(self.parallel, PART_CONNECTIONS)
        return self.parallel

    def _perform(self) -> None:
        """Drive libcurl; hand the connections of ended transfers their next file first.

        A connection is given its next request before the ended transfer's bytes go to the
        disk and the hash, so the server (nginx, SharePoint) sends the next file while this
        thread verifies the last one, instead of both taking turns.
        """
        held = self._held()
        while self._multi.perform()[0] == pycurl.E_CALL_MULTI_PERFORM:
            pass
        self._last_perform = time.monotonic()
        self._last_brought = self._held() - held
        ended: list[tuple[FileFetch, Transfer, int, str, int]] = []
        while True:
            left, ok, failed = self._multi.info_read()
            for handle in ok:
                ended.append(self._release(handle, 0, ""))
            for handle, code, message in failed:
                ended.append(self._release(handle, code, message))
            if not left:
                break
        if ended:
            self._last_brought = TRICKLE  # an answer ended: the next one is no trickle
        if ended and self._jobs is not None and not self.control.paused \
                and not self.control.cancelled:
            # Anything but a whole 2xx is judged first: a 429 or 503 slows the pacer before
            # a single new request leaves. RateLimit-* warnings ride on 2xx answers: they
            # reach the pacer now too, before the next requests, not after the file is stored.
            whole = []
            for fetch, transfer, code, message, status in ended:
                if code or not 200 <= status < 300:
                    self._ended(fetch, transfer, code, message)
                else:
                    transfer.answer.paced = self.pacer.warned(transfer.final_header)
                    whole.append((fetch, transfer, code, message, status))
            ended = whole
            self._take(self._jobs)
            self._start_pending()
            while self._multi.perform()[0] == pycurl.E_CALL_MULTI_PERFORM:
                pass  # the new requests leave now
        for fetch, transfer, code, message, _status in ended:
            self._ended(fetch, transfer, code, message)
        for handle, (_, transfer) in list(self._active.items()):
            if transfer.sink.size >= PUMP_AT and not transfer.pump():
                self._ended(*self._release(handle, pycurl.E_WRITE_ERROR,
                                           "stopped by Cancel365")[:4])

    def _held(self) -> int:
        """Body bytes in the running transfers' sinks (a C call each, at most ``parallel``)."""
        return sum(transfer.sink.size for _, transfer in self._active.values())

    def _trickle_wait(self, now: float) -> float:
        """Seconds to wait before reading again (0: wait on the sockets).

        On a link with a long round trip, packets of big files arrive one by one, thousands
        a second, and a wait on the sockets wakes this thread for each: measured on the
        emulated 40 ms link, 151,000 wake-ups and 8.8 s of CPU to fetch 1 GB (curl: 2.1 s),
        taken from everything else on a busy machine; with this wait 10,000 and 3.8 s
        (the hashing process's second included). So while parts of big files run
        and the last read brought less than :data:`TRICKLE`, reads are at least
        :data:`GATHER` apart; the kernel's socket buffers hold what arrives meanwhile. A
        read that ended an answer, or small files alone, never wait.
        """
        if self._last_brought >= TRICKLE or not any(
                transfer.end is not None for _, transfer in self._active.values()):
            return 0.0
        return self._last_perform + GATHER - now

    def _release(self, handle: pycurl.Curl, code: int,
                 message: str) -> tuple[FileFetch, Transfer, int, str, int]:
        """Take an ended transfer off its handle (with its HTTP status); the handle is free
        for the next file."""
        status = int(handle.getinfo(pycurl.RESPONSE_CODE) or 0)
        if self.link_watch is not None and not code and 200 <= status < 300:
            self._watch_link(handle)
        self._multi.remove_handle(handle)
        fetch, transfer = self._active.pop(handle)
        transfer.detach()
        self._idle.append(handle)
        return fetch, transfer, code, message, status

    def _watch_link(self, handle: pycurl.Curl) -> None:
        """One whole answer's timings to the link watch; it may ask for more connections."""
        assert self.link_watch is not None
        sent = handle.getinfo(pycurl.PRETRANSFER_TIME)
        first = handle.getinfo(pycurl.STARTTRANSFER_TIME)
        wanted = self.link_watch.measured(Timing(
            max(0.0, first - sent), max(0.0, handle.getinfo(pycurl.TOTAL_TIME) - first),
            int(handle.getinfo(pycurl.SIZE_DOWNLOAD_T))))
        if wanted is not None and wanted != self.parallel:
            log.info("backup: %d downloads at once (was %d): the link's round trip dominates",
                     wanted, self.parallel)
            self.parallel = wanted

    def _ended(self, fetch: FileFetch, transfer: Transfer, code: int, message: str) -> None:
        answer = transfer.finish(code, message)
        self._spare_sinks.append(transfer.sink)
        self._count_reach(answer)
        self._advance(fetch, lambda: fetch.answered(answer, transfer.hasher))

    def _count_reach(self, answer: Answer) -> None:
        """Stop the backup when the network is gone, instead of failing file after file."""
        if answer.status or answer.written:
            self._reached, self._unreachable = time.monotonic(), 0
            return
        if not answer.cut:
            return
        self._unreachable += 1
        waited = time.monotonic() - self._reached
        if self._unreachable >= UNREACHABLE_TRIES and waited >= GIVE_UP_AFTER:
            raise ConnectionLostError(answer.curl_message or f"libcurl error {answer.curl_error}",
                                      max(1, round(waited / 60)))

    def _stop_active(self) -> None:
        """Paused or cancelled: end every transfer now; their part files stay for a Range."""
        for handle, (_, transfer) in list(self._active.items()):
            transfer.stop()
            self._ended(*self._release(handle, pycurl.E_ABORTED_BY_CALLBACK, "stopped")[:4])

    # -- fresh download URLs -----------------------------------------------------

    def _look_up(self, fetch: FileFetch) -> None:
        if self._lookups is None:
            self._lookups = ThreadPoolExecutor(min(URL_LOOKUPS, self.parallel),
                                               thread_name_prefix="backup-url")
        self._looking_up += 1
        future = self._lookups.submit(fresh_download_url, self.graph, fetch.job)

        def arrived(f: Future[str]) -> None:
            if f.cancelled():
                return
            error = f.exception()
            self._arrived.put((fetch, None if error else f.result(), error))

        future.add_done_callback(arrived)

    def _urls_arrived(self) -> None:
        while True:
            try:
                fetch, url, error = self._arrived.get_nowait()
            except queue.Empty:
                return
            self._looking_up -= 1
            self._advance(fetch, lambda f=fetch, u=url, e=error: f.url_arrived(u, e))

    # -- the end -----------------------------------------------------------------

    def _close(self) -> None:
        """Stop what is in flight (part files stay for a Range later) and free libcurl."""
        for handle, (_, transfer) in list(self._active.items()):
            self._multi.remove_handle(handle)
            transfer.stop()
            transfer.finish(pycurl.E_ABORTED_BY_CALLBACK, "stopped")
            self._idle.append(handle)
        self._active.clear()
        if self._lookups is not None:
            self._lookups.shutdown(wait=False, cancel_futures=True)
        if self._hashes is not None:
            self._hashes.close()
        for handle in self._idle:
            handle.close()
        self._multi.close()


def _decide(decide: Callable[[], Step]) -> Step:
    """A file's decision; an error that is not the whole backup's ends only this file."""
    try:
        return decide()
    except (BackupError, NotSignedInError):
        raise
    except Cancel365Error as exc:
        return Finished(FetchResult(ItemState.FAILED, str(exc)))
    except Exception as exc:  # a bug must not lose the rest of the backup
        log.exception("backup: unexpected error on an item")
        return Finished(FetchResult(ItemState.FAILED, translate(
            "backup", "Cancel365 hit an unexpected error ({0}); see the log.").format(
                type(exc).__name__)))


def _raise(error: BaseException) -> Step:
    raise error


def fresh_download_url(graph: GraphClient, job: FileJob) -> str:
    """A new pre-authenticated URL for the item, from Graph."""
    item = graph.get(f"/drives/{job.drive_id}/items/{job.item_id}")
    url = item.get("@microsoft.graph.downloadUrl")
    if url:
        return str(url)
    response = graph.request("GET", f"/drives/{job.drive_id}/items/{job.item_id}/content",
                             allow_redirects=False)
    location = response.headers.get("Location")
    if not location:
        raise GraphError(translate("backup", "Microsoft 365 gave no download link for this file."),
                         status=response.status_code)
    return location
