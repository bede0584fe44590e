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


def english_plurals(ts: Path = ROOT / "i18n" / "cancel365_en.ts") -> None:
    """English needs a translation only for counts: "%n user(s)" -> "1 user", "3 users".

    lupdate -pluralonly keeps just the messages with a count; each form is made from the
    source ("(s)" dropped for one, "s" for many), so nobody writes this file by hand."""
    tool = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run([str(tool), "-silent", "-no-obsolete", "-locations", "none", "-pluralonly",
                    *sources(), "-ts", str(ts)], cwd=ROOT, check=True)
    import xml.etree.ElementTree as ET

    tree = ET.parse(ts)
    for msg in tree.getroot().iter("message"):
        source = msg.findtext("source") or ""
        translation = msg.find("translation")
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        translation.attrib.pop("type", None)
        for form in (source.replace("(s)", ""), source.replace("(s)", "s")):
            ET.SubElement(translation, "numerusform").text = form
    tree.write(ts, encoding="utf-8", xml_declaration=True)


if __name__ == "__main__":
    lupdate([ROOT / "i18n" / f"cancel365_{lang}.ts" for lang in LANGUAGES])
    english_plurals()
