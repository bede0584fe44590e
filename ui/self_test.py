"""``cancel365 --self-test``: what a support person runs when "it doesn't start".

It starts Qt (offscreen unless ``QT_QPA_PLATFORM`` says otherwise), builds every page
of the wizard on the demo tenant and walks it to the last page, loads every
translation and checks a known string in each (Cancel365's own and Qt's) and each
language's sorting and casing (Qt's ICU), says
which keyring backend sign-in would use, checks that both HTTPS stacks (Python's
ssl and pycurl's libcurl) load with certifi's CA bundle, runs a small backup from the demo Graph
server to a temporary folder (checking a file's quickXorHash again), hashes a file in
the hashing process that big files use, and checks
the demo domain's DNS against the demo DNS server. It prints one line per check
and returns 0 when every check passed, 1 otherwise.

The walk is generic, over the wizard's page ids: from the first page, Next until
the last, each page built as the walk reaches it (then any page not reached is
built too). While the current page is not complete, its ``complete_for_self_test()``
is called every few milliseconds, if it has one. A new page needs nothing when it
completes on its own on the demo tenant; otherwise it provides that method and
does, on the demo tenant, the next thing a user would do once the page is ready
(pick a row, tick a box). It must be cheap and safe to call again.

The report is in English on purpose: it is read by support, and pasted into tickets.
"""

from __future__ import annotations

import os
import platform
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from app import __version__, i18n

PAGE_TIMEOUT = 30.0      # seconds a page may take to become complete on the demo tenant
KNOWN_OWN = ("report", "en")           # Cancel365's string: translates to the language's code
KNOWN_QT = ("QWizard", "&Next")        # Qt's own string on the wizard's Next button
TEAM_SITE = "https://lillebager.sharepoint.com/sites/Team"   # the demo's small libraries


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str = ""


def bundled() -> bool:
    """Running from a PyInstaller bundle (not a venv or a source checkout)."""
    return bool(getattr(sys, "frozen", False))


def _wait(condition: Callable[[], bool], seconds: float,
          step: Callable[[], object] | None = None) -> bool:
    from PySide6.QtCore import QCoreApplication, QEventLoop, QThread

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        if condition():
            return True
        if step is not None:
            step()
        QThread.msleep(10)
    return condition()


# -- the wizard -----------------------------------------------------------------------------

def walk_wizard(extra_pages: Mapping[int, object] | None = None, *,
                page_timeout: float = PAGE_TIMEOUT, dwell: float = 0.0) -> list[Check]:
    """Go from the first page to the last on the demo tenant, then build any page not reached.

    Each page is built when the walk goes Next to it, as for a user; its build time is what
    that Next costs. ``dwell``: seconds to stay on a complete page before Next, as a reader
    would (benchmarks/startup.py), which gives the wizard time to import the next page ahead.
    """
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    from app.state import CancellationState
    from ui.wizard import CancelWizard

    state = CancellationState(demo=True)
    wizard = CancelWizard(state)
    for page_id, page in (extra_pages or {}).items():
        wizard.setPageLater(page_id, page)  # type: ignore[arg-type]
    if QGuiApplication.platformName() != "offscreen":
        wizard.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    checks: list[Check] = []
    try:
        wizard.show()
        first = wizard.startId()
        checks.append(Check(f"page {first} builds", True, type(wizard.currentPage()).__name__))
        checks.append(_walk(wizard, page_timeout, checks, dwell))
        for page_id in wizard.pageIds():
            if wizard.built_page(page_id) is None:
                checks.append(_build(wizard, page_id))
    finally:
        wizard.shutdown()
        wizard.deleteLater()
    return checks


def _build(wizard, page_id: int) -> Check:
    started = time.monotonic()
    try:
        page = wizard.page(page_id)
    except Exception as exc:   # the report names it; the self-test goes on
        wizard.removePage(page_id)
        return Check(f"page {page_id} builds", False, f"{type(exc).__name__}: {exc}")
    return Check(f"page {page_id} builds", True,
                 f"{type(page).__name__}, {time.monotonic() - started:.2f} s")


def _walk(wizard, page_timeout: float, checks: list[Check], dwell: float) -> Check:
    visited: list[str] = []
    while True:
        page = wizard.currentPage()
        name = type(page).__name__
        step = getattr(page, "complete_for_self_test", None)
        if not _wait(page.isComplete, page_timeout, step):
            status = getattr(getattr(page, "status", None), "message", None)
            said = f": {status.text()}" if status is not None and status.text() else ""
            return Check("wizard walks to the last page", False,
                         f"{name} did not become complete in {page_timeout:.0f} s{said}")
        visited.append(name)
        _wait(lambda: False, dwell)
        following = wizard.nextId()
        if following == -1:
            return Check("wizard walks to the last page", True, " → ".join(visited))
        built = _build(wizard, following)
        checks.append(built)
        if not built.ok:
            return Check("wizard walks to the last page", False, f"stopped after {name}")
        wizard.next()
        if wizard.currentId() != following:
            return Check("wizard walks to the last page", False, f"Next did not leave {name}")


# -- translations ---------------------------------------------------------------------------

def check_translations(languages: Iterable[str] = i18n.LANGUAGES[1:],
                       source: Path = i18n.I18N_DIR) -> list[Check]:
    """Each language's own .qm and Qt's qtbase .qm load, and translate a known string."""
    from PySide6.QtCore import QLibraryInfo, QTranslator

    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    checks = []
    for language in languages:
        problems = []
        own = QTranslator()
        folder = i18n.qm_folder(language, source)
        if folder is None or not own.load(f"cancel365_{language}", str(folder)):
            problems.append(f"cancel365_{language}.qm missing")
        elif own.translate(*KNOWN_OWN) != language:
            problems.append(f"cancel365_{language}.qm does not translate {KNOWN_OWN[1]!r}")
        qt = QTranslator()
        qt_language = i18n.QT_FALLBACK.get(language, language)
        if not qt.load(f"qtbase_{qt_language}", qt_folder):
            problems.append(f"qtbase_{qt_language}.qm missing in {qt_folder}")
        elif qt.translate(*KNOWN_QT) in ("", KNOWN_QT[1]):
            problems.append(f"qtbase_{qt_language}.qm does not translate {KNOWN_QT[1]!r}")
        checks.append(Check(f"translation {language}", not problems, "; ".join(problems) or
                            f"{KNOWN_OWN[1]!r} → {own.translate(*KNOWN_OWN)!r}, "
                            f"{KNOWN_QT[1]!r} → {qt.translate(*KNOWN_QT)!r}"))
    return checks


def check_collation(languages: Iterable[str] = i18n.LANGUAGES[1:]) -> Check:
    """Qt's ICU has each language's sorting and casing: Danish, Swedish and Norwegian put
    "å" after "z", Dutch (like English, root's order) before it. The bundle's ICU data is cut
    down to these languages (tools/slim_icu.py); this finds a cut too many."""
    from PySide6.QtCore import QCollator, QLocale

    nordic = {"da", "sv", "nb", "nn", "no"}
    problems, seen = [], []
    for language in languages:
        locale = QLocale(language)
        order = "".join(sorted("zåa", key=QCollator(locale).sortKey))
        if order != ("azå" if language in nordic else "aåz"):
            problems.append(f"{language} sorts {order!r}")
        if locale.toUpper("æøå straße") != "ÆØÅ STRASSE":
            problems.append(f"{language} upper-cases {locale.toUpper('æøå straße')!r}")
        seen.append(f"{language} {order}")
    return Check("sorting and casing (ICU)", not problems, "; ".join(problems or seen))


# -- keyring, backup, DNS -------------------------------------------------------------------

def os_keyring_module() -> str:
    return {"win32": "keyring.backends.Windows",
            "darwin": "keyring.backends.macOS"}.get(sys.platform, "keyring.backends.SecretService")


def check_keyring() -> Check:
    """The backend sign-in would use; fails only when this OS's backend is not shipped."""
    import importlib

    import keyring

    from app.auth.secrets import is_memory_only

    module = os_keyring_module()
    try:
        importlib.import_module(module)
    except ImportError as exc:
        return Check("keyring", False, f"{module} cannot be imported: {exc}")
    backend = keyring.get_keyring()
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    if is_memory_only(backend):
        return Check("keyring", True, f"{module} shipped, but no keyring answers here ({name}): "
                                      "sign-in would be kept in memory only")
    return Check("keyring", True, name)


def check_backup() -> Check:
    """Back up the demo Team site's libraries to a temporary folder the way the Backup page
    does (the engine in a process of its own, app/backup/process.py, asking this one for
    its tokens), then hash a file again."""
    from app.backup.manifest import ItemState, Manifest
    from app.backup.plan import discover
    from app.backup.process import BackupProcess, RemoteControl
    from app.backup.quickxor import quickxor_b64
    from app.demo.graph_server import DemoGraphServer
    from app.demo.session import DemoTokens
    from app.graph.client import GraphClient

    with DemoGraphServer() as server, tempfile.TemporaryDirectory(prefix="cancel365-") as dest:
        graph = GraphClient(DemoTokens(server, user_id=None), base_url=server.graph_url)
        plan = discover(graph, only="sharepoint")
        plan.keep_only(sites=[TEAM_SITE])
        summary = BackupProcess(graph, plan, dest, control=RemoteControl(),
                                on_progress=lambda _: None).run()
        if not summary.complete or summary.files_verified == 0:
            return Check("backup from the demo Graph server", False,
                         f"{summary.files_verified} verified, {summary.files_failed} failed: "
                         + "; ".join(summary.failures[:3]))
        manifest = Manifest(dest)
        try:
            item = next(i for i in manifest.items()
                        if i.state is ItemState.VERIFIED and i.quickxor and i.size)
        finally:
            manifest.close()
        data = Path(dest, *item.local_path.split("/")).read_bytes()
        if quickxor_b64(data) != item.quickxor:
            return Check("backup from the demo Graph server", False,
                         f"{item.local_path}: quickXorHash differs from the server's")
        return Check("backup from the demo Graph server", True,
                     f"{summary.files_verified} files verified in a process of its own; "
                     f"{item.local_path} hashed again")


def check_hashing() -> Check:
    """A big file's parts are hashed in a process of their own (app/backup/hash_worker.py):
    in the bundle that process is the program started again, which ``freeze_support`` in
    app/__main__.py must turn into the hashing loop (else a second wizard would open)."""
    from app.backup.hash_worker import HashWorker
    from app.backup.quickxor import b64digest_of, quickxor_b64

    data = bytes(range(256)) * 4096 + b"end"
    with tempfile.TemporaryDirectory(prefix="cancel365-") as folder:
        path = Path(folder, "part")
        path.write_bytes(data)
        worker = HashWorker(use_process=True)  # the process, as where the fold is Python
        try:
            if not worker.in_process:
                return Check("hashing process", False, "could not start; hashing on a thread")
            half = len(data) // 2
            worker.submit("self-test", str(path), half, len(data))
            worker.submit("self-test", str(path), 0, half)
            answers = [worker.results.get(timeout=60) for _ in range(2)]
            in_process = worker.in_process
        finally:
            worker.close()
    register = answers[0].register ^ answers[1].register
    if b64digest_of(register, len(data)) != quickxor_b64(data) or not in_process:
        return Check("hashing process", False, "the process's hash differs, or it died")
    return Check("hashing process", True, "two halves of a file hashed apart, in a process")


def check_quickxor_in_c() -> Check:
    """The bundle carries quickXorHash's C fold (setup.py builds app/backup/_quickxor.c):
    without it every backup still verifies, with hashing about ten times slower."""
    from app.backup.quickxor import IMPLEMENTATION, CQuickXorHash, PythonQuickXorHash

    if IMPLEMENTATION != "C":
        return Check("quickXorHash in C", False,
                     "app/backup/_quickxor was not built or not bundled: build with a C "
                     "compiler at hand (pip install -e . compiles it), then bundle again")
    data = bytes(range(251)) * 1000
    fast, plain = CQuickXorHash(), PythonQuickXorHash()
    fast.update(data)
    plain.update(data)
    if fast.b64digest() != plain.b64digest():
        return Check("quickXorHash in C", False, "the C fold's hash differs from Python's")
    return Check("quickXorHash in C", True, "the C fold is here and agrees with Python's")


def check_tls() -> Check:
    """HTTPS works for both stacks: Python's ssl (Graph, via requests) and pycurl's libcurl
    (downloads), each with certifi's CA bundle."""
    import ssl

    import certifi
    import pycurl

    ca = Path(certifi.where())
    if not ca.is_file():
        return Check("TLS", False, f"certifi's CA bundle is missing: {ca}")
    context = ssl.create_default_context(cafile=str(ca))
    if not context.get_ca_certs():
        return Check("TLS", False, f"no CA certificate loaded from {ca}")
    if "SSL" not in pycurl.version:
        return Check("TLS", False, f"libcurl has no TLS: {pycurl.version}")
    return Check("TLS", True, f"{ssl.OPENSSL_VERSION}; {pycurl.version.split()[1]}, "
                              f"{pycurl.version.split()[2]}; {len(context.get_ca_certs())} CAs")


def check_dns() -> Check:
    """A DNS check the way the Domains page makes it: in the checker's own process
    (app/domains/dns/service.py), against the demo DNS server."""
    from app.demo.dns_server import DnsServer
    from app.demo.dns_zones import demo_store
    from app.domains.dns.options import CheckOptions, Nameserver
    from app.domains.dns.results import DomainStatus
    from app.domains.dns.service import DnsChecker

    checker = DnsChecker()
    try:
        with DnsServer(demo_store()) as server:
            options = CheckOptions(nameservers=(Nameserver("127.0.0.1", server.port),),
                                   authoritative_port=server.port)
            [result] = checker.check(["lillebager.dk"], options)
    finally:
        checker.stop()
    ok = result.status is DomainStatus.MICROSOFT and result.error is None
    return Check("DNS check against the demo DNS server", ok,
                 f"lillebager.dk: {result.status.name}, {len(result.rows)} records, "
                 "checked in a process of its own")


# -- the report -----------------------------------------------------------------------------

def _guarded(name: str, fn: Callable[[], Check | list[Check]]) -> list[Check]:
    try:
        result = fn()
    except Exception as exc:   # one broken part must not hide the others
        return [Check(name, False, f"{type(exc).__name__}: {exc}")]
    return result if isinstance(result, list) else [result]


def run(out: TextIO | None = None, *, i18n_source: Path = i18n.I18N_DIR,
        extra_pages: Mapping[int, object] | None = None) -> int:
    """Run every check, print the report; 0 when all passed, 1 otherwise.

    ``i18n_source`` and ``extra_pages`` (page id -> "module:Class" or a factory) let a test
    take a translation away or add a page that fails, and see the self-test say so.
    """
    if out is None:   # a windowed Windows build has no console: the report goes to a file
        out = sys.stdout or open(Path(tempfile.gettempdir(), "cancel365-self-test.txt"), "w",  # noqa: SIM115
                                 encoding="utf-8")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6 import __version__ as pyside_version
    from PySide6.QtGui import QGuiApplication

    from ui.app import create_app

    create_app()
    out.write(f"Cancel365 {__version__} self-test: {platform.system()} {platform.machine()}, "
              f"Python {platform.python_version()}, PySide6 {pyside_version}, "
              f"Qt platform {QGuiApplication.platformName()}, "
              f"{'bundle ' + str(Path(sys.executable).parent) if bundled() else 'not bundled'}\n")
    out.flush()
    checks: list[Check] = []
    for name, fn in (("wizard", lambda: walk_wizard(extra_pages)),
                     ("translations", lambda: check_translations(source=i18n_source)),
                     ("collation", check_collation),
                     ("keyring", check_keyring),
                     ("tls", check_tls),
                     ("backup", check_backup),
                     ("hashing", check_hashing),
                     ("quickxor", check_quickxor_in_c),
                     ("dns", check_dns)):
        for check in _guarded(name, fn):
            checks.append(check)
            out.write(f"  {'ok  ' if check.ok else 'FAIL'}  {check.name}: {check.detail}\n")
            out.flush()
    failed = [c for c in checks if not c.ok]
    if failed:
        out.write(f"Self-test FAILED: {len(failed)} of {len(checks)} checks "
                  f"({', '.join(c.name for c in failed)}).\n")
        return 1
    out.write(f"Self-test passed: {len(checks)} checks.\n")
    return 0
