"""The demo tenant's lesson on a page: what the step does, changes and risks on a real tenant."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
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
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.dismiss)
        words = QVBoxLayout()
        words.setSpacing(2)
        words.addWidget(self.heading)
        words.addWidget(self.text)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addLayout(words, 1)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
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

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def dismiss(self) -> None:
        if self.close_button.hasFocus():
            self.focusNextChild()   # the keyboard user lands on the page, not on nothing
        self.hide()
        self.dismissed.emit()
