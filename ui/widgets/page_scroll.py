"""A page's content in a frameless scroll area: at 200% or in a long language the page scrolls
instead of squeezing its tables to a row or two."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget


class PageScroll(QScrollArea):
    """Fills ``page``; its content goes into :attr:`content`, a vertical layout."""

    def __init__(self, page: QWidget, *, flush: bool = True, sideways: bool = True) -> None:
        super().__init__()
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        if not sideways:   # text that wraps never needs a horizontal scroll bar
            self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        inner = QWidget()
        self.content = QVBoxLayout(inner)
        if flush:
            self.content.setContentsMargins(0, 0, 0, 0)
        self.setWidget(inner)
        outer = QVBoxLayout(page)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self)


def scrolling_layout(page: QWidget) -> QVBoxLayout:
    """Give ``page`` a scroll area and return the layout its content goes into."""
    return PageScroll(page).content
