"""The Qt binding we ship must not corrupt the interpreter (PySide6 6.12.0 did on Python 3.11)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QElapsedTimer


def test_void_qt_calls_keep_none_alive(qapp):
    timer = QElapsedTimer()
    before = sys.getrefcount(None)
    for _ in range(2000):
        timer.start()
        QCoreApplication.processEvents()
    # A broken binding loses one reference per call: 4000 here. A sound one stays close.
    assert sys.getrefcount(None) - before > -100
