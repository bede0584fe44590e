"""Refresh i18n/*.ts from every tr() string in ui/ and app/ (run after changing user-visible text).

    python tools/update_translations.py
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ("da", "sv", "nl", "nb")


# A core module with texts for the admin: it calls translate("context", "…") (whatever it
# imported translate from: app.texts, or app.domains.dns.advice like the dns command) or marks
# texts with QT_TRANSLATE_NOOP. Matching the call, not the import, is what keeps a module
# such as app/domains/dns/command.py from being left out of the .ts files.
MARK = re.compile(r"""\b(translate|QT_TRANSLATE_NOOP)\(\s*["']""")


def sources() -> list[str]:
    # ui/, the core modules whose texts the CLI shares with the wizard (app/domains/dns/…),
    # and those that translate through app.texts when the wizard runs (errors, reasons).
    core = [p for p in (ROOT / "app").rglob("*.py") if MARK.search(p.read_text(encoding="utf-8"))]
    return sorted(str(p.relative_to(ROOT)) for p in [*(ROOT / "ui").rglob("*.py"), *core])


def lupdate(ts_files: list[Path]) -> None:
    tool = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run([str(tool), "-silent", "-no-obsolete", "-locations", "none", *sources(),
                    "-ts", *map(str, ts_files)], cwd=ROOT, check=True)


if __name__ == "__main__":
    lupdate([ROOT / "i18n" / f"cancel365_{lang}.ts" for lang in LANGUAGES])
