"""The wizard's first page waits for no heavy module: what ``cancel365`` imports before it shows.

A fresh interpreter parses the command line (every command's options, as any start does) and
builds the wizard on the demo tenant, without running the event loop (so the next page's
module, imported once the window is idle, is not in yet), then lists what it has imported.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Graph's HTTP client, the backup engine and downloader, sign-in, DNS, the record's PDF.
HEAVY = ("requests", "urllib3", "ssl", "http.client", "email", "msal", "pycurl", "cryptography",
         "dns.resolver", "dns.asyncresolver", "app.graph.client", "app.backup.engine",
         "app.backup.downloader", "app.auth.delegated", "app.confirm.status")

SCRIPT = """
import sys
from app.cli import build_parser
build_parser().parse_args([])
from app import i18n
from app.state import CancellationState
from ui.app import create_app
from ui.wizard import CancelWizard
app = create_app()
i18n.install(app, "en")
wizard = CancelWizard(CancellationState(demo=True))
wizard.show()
print(" ".join(sorted(sys.modules)))
from PySide6 import QtCore
print("Qt namespace built:", "Qt" in vars(QtCore))
"""


def test_the_first_page_imports_no_network_or_backup_module():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-c", SCRIPT], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=120, check=True)
    modules, namespace = done.stdout.splitlines()[:2]
    loaded = set(modules.split())

    assert "ui.wizard" in loaded and "PySide6.QtWidgets" in loaded
    assert sorted(m for m in HEAVY if m in loaded) == []
    # PySide6 builds every enum of its Qt namespace on the first touch of any (14 ms, a tenth
    # of the start-up): the first page, its demo lesson included, touches none.
    assert namespace == "Qt namespace built: False"
