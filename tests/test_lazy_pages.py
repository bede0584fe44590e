"""Pages are built when the wizard first goes to them; the next page's module is imported ahead."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWizardPage

from app.state import CancellationState
from ui.lazy_wizard import LazyWizard
from ui.wizard import CancelWizard, PageId

PAGE_MODULE = '''
from PySide6.QtWidgets import QWizardPage

class LaterPage(QWizardPage):
    def __init__(self, state):
        super().__init__()
        self.state = state
        self.setTitle("Later")
'''


class FirstPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle("First")
        QVBoxLayout(self).addWidget(QLabel("The first page."))


def test_only_the_first_page_is_built_until_the_wizard_goes_on(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    wizard = CancelWizard(CancellationState(demo=True))
    qtbot.addWidget(wizard)

    assert wizard.pageIds() == sorted(PageId)   # every page of the way out, in order
    assert wizard.built_page(PageId.WELCOME) is not None
    assert all(wizard.built_page(p) is None for p in wizard.pageIds()[1:])
    wizard.show()
    assert wizard.nextId() == PageId.SIGN_IN       # Next, not Finish, before the page exists
    wizard.next()
    assert wizard.currentId() == PageId.SIGN_IN
    assert type(wizard.currentPage()).__name__ == "DemoSignInPage"
    assert wizard.built_page(PageId.BACKUP) is None
    assert type(wizard.page(PageId.BACKUP)).__name__ == "BackupPage"   # page(id) builds it
    wizard.shutdown()


def test_the_next_pages_module_is_imported_after_the_current_page_is_painted(
        qtbot, tmp_path, monkeypatch):
    module = f"later_page_{tmp_path.name.replace('-', '_')}"
    (tmp_path / f"{module}.py").write_text(PAGE_MODULE, encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    wizard = LazyWizard()
    wizard.state = "the state"
    qtbot.addWidget(wizard)
    wizard.setPage(1, FirstPage())
    wizard.setPageLater(2, f"{module}:LaterPage")
    wizard.setStartId(1)
    assert module not in sys.modules

    wizard.show()
    qtbot.waitUntil(lambda: module in sys.modules, timeout=5000)   # imported, not yet built
    assert wizard.built_page(2) is None
    wizard.next()
    assert wizard.currentId() == 2
    assert wizard.currentPage().state == "the state"
    assert wizard.nextId() == -1                    # the last page: Finish


def test_what_is_imported_ahead_off_the_gui_thread_never_touches_qt() -> None:
    """The prefetch thread imports each page's core ahead of the page. PySide6 builds its
    Python types on first use, and building one there, beside the GUI thread, crashed a
    test run; so none of those modules may import from Qt. The truth is asked of Python:
    each page's list is imported in a fresh interpreter, which must load no Qt module."""
    import subprocess

    from ui.lazy_wizard import core_imports, touches_qt

    check = ("import importlib, sys\n"
             "for name in sys.argv[1:]:\n"
             "    importlib.import_module(name)\n"
             "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))")
    for module in sorted(set(_page_modules())):
        names = core_imports(module)
        assert names, module
        run = subprocess.run([sys.executable, "-c", check, *names], capture_output=True,
                             text=True, timeout=120, check=True)
        assert run.stdout.strip() == "[]", (module, run.stdout)
    # Not an empty check: these import from Qt, and were imported ahead before.
    assert all(touches_qt(n) for n in ("app.record.save", "app.confirm.checklist",
                                       "app.domains.dns.service", "app.i18n"))
    assert not touches_qt("app.backup.engine") and not touches_qt("dns.resolver")


def _page_modules() -> list[str]:
    import ast
    from pathlib import Path

    source = (Path(__file__).resolve().parent.parent / "ui" / "wizard.py").read_text("utf-8")
    return [node.value.partition(":")[0] for node in ast.walk(ast.parse(source))
            if isinstance(node, ast.Constant) and isinstance(node.value, str)
            and node.value.startswith("ui.pages.") and ":" in node.value]
