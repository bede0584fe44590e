"""A yes-or-no question in a message box, No by default: the wizard's confirmations."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


def said_yes(parent: QWidget, title: str, text: str, *, warning: bool = False) -> bool:
    """Ask ``text``; True only when the admin chose Yes (Escape and closing say No).
    ``warning``: the warning icon, for a question whose Yes is hard to undo."""
    ask = QMessageBox.warning if warning else QMessageBox.question
    buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    return ask(parent, title, text, buttons,
               QMessageBox.StandardButton.No) == QMessageBox.StandardButton.Yes
