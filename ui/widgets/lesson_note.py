"""The demo tenant's lesson on a page: what the step does, changes and risks on a real tenant.

The note is on the first page the wizard paints, so it touches no value of PySide6's ``Qt``
namespace: the first touch of any of them builds all of its enums (about 14 ms here, a tenth
of the start-up; benchmarks/startup.py). The button sits at the top by its layout's stretch,
and the text becomes selectable when the mouse first comes onto it, which is when selecting
can start.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class LessonNote(QFrame):
    """A calm framed box with the lesson and a "Got it" button; :attr:`dismissed` when pressed."""

    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self.setObjectName("demoLesson")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # Calm: a pale blue panel with the page's own text colour, no icon, no alarm.
        self.setStyleSheet("QFrame#demoLesson { background: #eef4fb; border: 1px solid #b7cbe3;"
                           " border-radius: 4px; } QFrame#demoLesson QLabel { color: #1d2b3a; }")
        self.heading = QLabel()
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.installEventFilter(self)   # selectable from the mouse's first visit
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.dismiss)
        words = QVBoxLayout()
        words.setSpacing(2)
        words.addWidget(self.heading)
        words.addWidget(self.text)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addLayout(words, 1)
        button_column = QVBoxLayout()
        button_column.addWidget(self.close_button)
        button_column.addStretch(1)
        layout.addLayout(button_column)
        self.retranslate()

    def set_text(self, text: str) -> None:
        self._text = text
        self.text.setText(text)
        self.setAccessibleDescription(text)
        self.close_button.setAccessibleDescription(text)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Demo lesson: on a real tenant"))
        self.setAccessibleName(self.tr("Demo lesson"))
        self.close_button.setText(self.tr("&Got it"))
        self.close_button.setAccessibleName(self.tr("Got it: hide this lesson"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # getattr: while the note is torn down, Qt may still deliver the label's last events
        # after Python has let go of the note's attributes.
        text = getattr(self, "text", None)
        if text is not None and watched is text and event.type() == QEvent.Type.Enter:
            from PySide6.QtCore import Qt
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            text.removeEventFilter(self)
        return False

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def dismiss(self) -> None:
        if self.close_button.hasFocus():
            self.focusNextChild()   # the keyboard user lands on the page, not on nothing
        self.hide()
        self.dismissed.emit()
