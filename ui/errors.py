"""Turn any error from the core into a sentence for the admin."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

from app.errors import Cancel365Error

log = logging.getLogger(__name__)


def describe(error: BaseException) -> str:
    """The message to show. Unexpected errors are logged with their traceback."""
    if isinstance(error, Cancel365Error):
        return str(error)
    log.error("Unexpected error", exc_info=(type(error), error, error.__traceback__))
    return QCoreApplication.translate(
        "errors", "Something unexpected went wrong ({0}). Try again; if it keeps happening, "
        "run cancel365 --verbose and send the log to support.").format(type(error).__name__)
