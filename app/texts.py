"""The core's texts for the admin, in the wizard's language when the wizard runs.

The core (``app/``) raises errors whose message the wizard shows as is, so the
message must already be in the admin's language when the error is made. Qt's
translator knows that language, but the command-line tools (``cancel365
backup``…) must not pay PySide6's import just to say something in English. So
:func:`translate` asks Qt only when ``PySide6.QtCore`` is already imported (the
wizard has, and installed the translators); otherwise it returns the English
text unchanged. It never imports Qt itself.

lupdate (tools/update_translations.py) finds a text only when the call is
written literally, ``translate("backup", "The destination {0} is full.")``, with
``.format(...)`` after it: no f-string and no variable inside the call (lupdate
would take an f-string's braces as the text, and skips a variable). Adjacent
string literals are fine: lupdate joins them as Python does.
"""

from __future__ import annotations

import sys


def translate(context: str, text: str) -> str:
    """``text`` in the wizard's language (Qt's translator), else ``text`` unchanged."""
    qtcore = sys.modules.get("PySide6.QtCore")
    if qtcore is None:
        return text
    return qtcore.QCoreApplication.translate(context, text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark ``text`` for lupdate and return it untranslated.

    For tables built at import, before any translator is installed: keep the
    English text, and pass it through :func:`translate` (same context) when it
    is shown.
    """
    return text
