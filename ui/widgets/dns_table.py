"""The table of a domain's DNS records: value, Microsoft 365 or not, TTL, agreement, advice."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, QTime, QTimer
from PySide6.QtGui import QBrush, QColor, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from app.domains.dns.records import relative_label
from app.domains.dns.results import DomainCheck, RecordRow

WARN = QColor("#9a5b00")
ERROR = QColor("#b00020")
OK = QColor("#1b6e20")


class DnsRecordTable(QTreeWidget):
    """One row per record, in the order of the advice."""

    NAME, TYPE, VALUE, MICROSOFT, TTL, AGREE, ADVICE = range(7)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[RecordRow] = []
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(False)   # "What to do" wraps instead of being cut
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        # "What to do" is wrapped again when a column is resized: once, however many columns
        # moved (each resizeColumnToContents is one signal; wrapping is per row).
        self._wrap_timer = QTimer(self)
        self._wrap_timer.setSingleShot(True)
        self._wrap_timer.setInterval(0)
        self._wrap_timer.timeout.connect(self._wrap_advice)
        self._wrapped_at: tuple[int, tuple[str, ...]] | None = None
        self.header().sectionResized.connect(lambda *_: self._wrap_timer.start())
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setColumnCount(7)
        self.header().setStretchLastSection(True)
        self.header().setSectionResizeMode(self.VALUE, QHeaderView.ResizeMode.Interactive)
        # Room for the header and about five records however large the font (the page scrolls).
        self.setMinimumHeight(self.fontMetrics().lineSpacing() * 12)
        self.retranslate()

    def retranslate(self) -> None:
        """Headers and accessible name; the rows come again with the page's next check."""
        self.setHeaderLabels([self.tr("Name"), self.tr("Type"), self.tr("Current value"),
                              self.tr("Microsoft 365?"), self.tr("Old answer until"),
                              self.tr("Everywhere?"), self.tr("What to do")])
        header = self.headerItem()
        header.setToolTip(self.NAME, self.tr("@ is the domain itself"))
        header.setToolTip(self.TTL, self.tr("Until then, DNS servers may keep giving the old "
                                            "answer: the record's TTL (time to live), cached"))
        header.setToolTip(self.AGREE, self.tr("Whether the domain's own (authoritative) "
                                              "nameservers give the same answer as the "
                                              "resolver: the change has propagated"))
        header.setToolTip(self.ADVICE, self.tr("The selected record's advice is also shown in "
                                               "full below the table"))
        self.setAccessibleName(self.tr("DNS records"))

    def show_check(self, check: DomainCheck | None) -> None:
        """Fill the table; keeps the selected record selected across re-checks.

        The same records again (a re-check, or the authoritative comparison arriving after
        the resolver's answers) update the rows in place: no reset, no jump, and only the
        columns whose texts changed are measured again."""
        rows = list(check.rows) if check else []
        keys = [(r.name, r.type, r.role) for r in rows]
        if keys != [(r.name, r.type, r.role) for r in self.rows] or not rows:
            self._rebuild(check, rows)
            changed = set(range(self.ADVICE))
        else:
            self.rows = rows
            changed = set()
            for index, row in enumerate(rows):
                changed |= self._fill(self.topLevelItem(index), check, row)
        for column in sorted(changed):
            self.resizeColumnToContents(column)
        if self.VALUE in changed:
            self.setColumnWidth(self.VALUE, min(self.columnWidth(self.VALUE),
                                                self.fontMetrics().averageCharWidth() * 36))
        if self.currentItem() is None and self.topLevelItemCount():
            self.setCurrentItem(self.topLevelItem(0))
        self._wrap_timer.stop()
        self._wrap_advice()

    def _rebuild(self, check: DomainCheck | None, rows: list[RecordRow]) -> None:
        current = self.selected_row()
        keep = (current.name, current.type, current.role) if current else None
        self.clear()
        self._wrapped_at = None
        self.rows = rows
        for row in rows:
            item = QTreeWidgetItem()
            self._fill(item, check, row)
            self.addTopLevelItem(item)
            if keep == (row.name, row.type, row.role):
                self.setCurrentItem(item)

    def _fill(self, item: QTreeWidgetItem, check: DomainCheck | None, row: RecordRow
              ) -> set[int]:
        """Set the row's texts; the columns whose text changed."""
        pending = check is not None and check.authoritative_pending
        texts = [relative_label(row.name, check.ascii) if check else row.name, row.type,
                 "\n".join(row.values) if row.values else "–",
                 self._microsoft_text(row.points_to_microsoft), self._expiry_text(row),
                 self.tr("Asking…") if pending and row.points_to_microsoft is not None
                 else self._agree_text(row.agrees)]
        changed = set()
        for column, text in enumerate(texts):
            if item.text(column) != text:
                item.setText(column, text)
                changed.add(column)
        if self.MICROSOFT in changed:
            color = {True: WARN, False: OK, None: ERROR}[row.points_to_microsoft]
            item.setForeground(self.MICROSOFT, QBrush(color))
        item.setToolTip(self.NAME, row.name)
        item.setToolTip(self.VALUE, "\n".join(row.values))
        item.setToolTip(self.ADVICE, row.advice)
        item.setToolTip(self.AGREE, row.note)
        return changed

    def _wrap_advice(self) -> None:
        """Break "What to do" into lines that fit its column (QTreeView would cut it off).

        The column holds the advice's first sentence, the step; the whole advice is the
        row's tooltip and is said in full below the table for the selected row."""
        others = sum(self.columnWidth(c) for c in range(self.ADVICE))
        width = max(self.viewport().width() - others, self.fontMetrics().averageCharWidth() * 24)
        # the cell's own padding: a line Qt would have to wrap again is cut at the row's height
        pixels = width - 2 * self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) - 8
        wrapped = (pixels, tuple(row.advice for row in self.rows))
        if wrapped != self._wrapped_at or self.topLevelItemCount() != len(self.rows):
            self._wrap_rows(pixels)   # else the same advice at the same width: wrapped already
            self._wrapped_at = wrapped
        self.scheduleDelayedItemsLayout()   # row heights follow the column's new width

    def _wrap_rows(self, pixels: int) -> None:
        for index, row in enumerate(self.rows):
            item = self.topLevelItem(index)
            if item is not None:
                item.setText(self.ADVICE, wrap_to_width(first_sentence(row.advice),
                                                        self.fontMetrics(), pixels))

    def resizeEvent(self, event) -> None:  # noqa: ANN001 - Qt's event
        super().resizeEvent(event)
        self._wrap_timer.start()

    def texts(self, column: int) -> list[str]:
        """One column's texts, top to bottom, as one line each (tests, screen readers)."""
        if column == self.ADVICE:
            return [row.advice for row in self.rows]
        return [self.topLevelItem(i).text(column) for i in range(self.topLevelItemCount())]

    def selected_row(self) -> RecordRow | None:
        item = self.currentItem()
        if item is None:
            return None
        index = self.indexOfTopLevelItem(item)
        return self.rows[index] if 0 <= index < len(self.rows) else None


    def _microsoft_text(self, points: bool | None) -> str:
        return {True: self.tr("Yes"), False: self.tr("No"),
                None: self.tr("Couldn't check")}[points]

    def _agree_text(self, agrees: bool | None) -> str:
        return {True: self.tr("Yes"), False: self.tr("Not yet"), None: "–"}[agrees]

    def _expiry_text(self, row: RecordRow) -> str:
        if row.expires_at is None:
            return "–"
        local = row.expires_at.astimezone()
        time = QTime(local.hour, local.minute, local.second)
        return QLocale().toString(time, QLocale.FormatType.ShortFormat)


def wrap_to_width(text: str, metrics: QFontMetrics, pixels: int) -> str:
    """``text`` broken at spaces into lines no wider than ``pixels`` in ``metrics``' font
    (a word longer than the width keeps a line of its own)."""
    lines: list[str] = []
    line = ""
    for word in text.split():
        candidate = f"{line} {word}" if line else word
        if line and metrics.horizontalAdvance(candidate) > pixels:
            lines.append(line)
            line = word
        else:
            line = candidate
    if line:
        lines.append(line)
    return "\n".join(lines)


def first_sentence(text: str) -> str:
    """"Step 1: change MX to your new mail provider. Until then…" -> its first sentence."""
    head, dot, _ = text.partition(". ")
    return head + "." if dot else text
