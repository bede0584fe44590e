"""A painted timeline of the key dates: two lanes (access, data), markers with labels, a legend.

Every size comes from the font's metrics, so it reads the same at 200 % and
with long Danish words: labels wrap to a width in "M"s, and a label that would
touch another (or hide another marker's connector) moves to the next row.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.dates.key_dates import DateKind, KeyDates, Phase
from app.dates.labels import date_label, estimated, lane_label, phase_label

COLOURS = {
    Phase.ACTIVE: "#3f9b5a",
    Phase.EXPIRED: "#e3b23c",
    Phase.READ_ONLY: "#5b7fd6",
    Phase.NO_ACCESS: "#c9c9c9",
    Phase.DATA_KEPT: "#8cc7e8",
    Phase.DATA_MAY_BE_DELETED: "#e8833a",
    Phase.DATA_DELETED: "#6e6e6e",
}
HATCHED = {Phase.DATA_MAY_BE_DELETED}    # a pattern too, not colour alone
LANES = ("access", "data")


@dataclass
class _Marker:
    day: date
    x: float
    text: str
    today: bool
    box: QRectF
    row: int = 0


@dataclass
class _Layout:
    width: float
    lanes: dict[str, QRectF]
    bars: list[tuple[Phase, QRectF]]
    markers: list[_Marker]
    legend: list[tuple[Phase, QRectF, QRectF]]   # phase, swatch, text
    height: float


class Timeline(QWidget):
    """The key dates painted on a line. Readers get the same dates as a list beside it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key_dates: KeyDates | None = None
        self._format_day: Callable[[date], str] = date.isoformat
        self._cache: _Layout | None = None
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def set_key_dates(self, key_dates: KeyDates | None,
                      format_day: Callable[[date], str] | None = None) -> None:
        self.key_dates = key_dates
        if format_day is not None:
            self._format_day = format_day
        self._cache = None
        self.updateGeometry()
        self.update()

    # -- size ------------------------------------------------------------------

    def _em(self) -> float:
        return QFontMetricsF(self.font()).horizontalAdvance("M")

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return int(self._layout(float(width)).height + 0.5)

    def sizeHint(self) -> QSize:
        width = int(self._em() * 40)
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        width = int(self._em() * 16)
        return QSize(width, self.heightForWidth(width))

    def resizeEvent(self, event) -> None:  # noqa: ANN001 - Qt's signature
        self._cache = None
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange,
                            QEvent.Type.LanguageChange):
            self._cache = None          # every size comes from the font
            self.updateGeometry()
        super().changeEvent(event)

    # -- layout ----------------------------------------------------------------

    def _layout(self, width: float) -> _Layout:
        if self._cache is not None and self._cache.width == width:
            return self._cache
        metrics = QFontMetricsF(self.font())
        em, line = metrics.horizontalAdvance("M"), metrics.height()
        pad = em / 2
        lanes: dict[str, QRectF] = {}
        bars: list[tuple[Phase, QRectF]] = []
        markers: list[_Marker] = []
        legend: list[tuple[Phase, QRectF, QRectF]] = []
        kd = self.key_dates
        if kd is None:
            layout = _Layout(width, lanes, bars, markers, legend, line * 2)
            self._cache = layout
            return layout

        label_width = max(metrics.horizontalAdvance(lane_label(lane)) for lane in LANES) + em
        left, right = label_width + pad, max(width - pad, label_width + pad + em)
        days = [d.day for d in kd.dates] + [s.start for s in kd.spans] + \
            [s.end for s in kd.spans if s.end is not None]
        first, last = min(days), max(days)
        total = max((last - first).days, 1)
        last_x = right - (right - left) * 0.08            # room for the open-ended phase

        def x_of(day: date) -> float:
            return left + (day - first).days / total * (last_x - left)

        top = pad
        bar_height = line * 1.2
        for index, lane in enumerate(LANES):
            lanes[lane] = QRectF(left, top + index * (bar_height + pad), right - left, bar_height)
        for span in kd.spans:
            lane = lanes[span.phase.lane]
            end = x_of(span.end) if span.end is not None else right
            bars.append((span.phase, QRectF(x_of(span.start), lane.top(), end - x_of(span.start),
                                            lane.height())))
        bars_bottom = lanes["data"].bottom()

        # markers: one per day, every label of that day in one box
        by_day: dict[date, list[str]] = {}
        for key_date in kd.dates:
            text = date_label(key_date.kind, kd.ending)
            if not key_date.known:
                text = f"{text} {estimated(key_date)}"
            by_day.setdefault(key_date.day, []).append(text)
        wrap = max(em * 9, min(em * 14, (right - left) / 3))
        for day in sorted(by_day):
            text = "\n".join([*by_day[day], self._format_day(day)])
            is_today = any(d.day == day and d.kind is DateKind.TODAY for d in kd.dates)
            bold = self.font()
            bold.setBold(is_today)                  # today's label is painted bold
            box = QFontMetricsF(bold).boundingRect(QRectF(0, 0, wrap, 1e6),
                                       int(Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap),
                                       text)
            box = QRectF(0, 0, box.width() + 1, box.height() + 1)   # no rounding off the last pixel
            x = x_of(day)
            box_left = min(max(x - box.width() / 2, 0.0), width - box.width())
            markers.append(_Marker(day, x, text, is_today,
                                   QRectF(box_left, 0, box.width(), box.height())))
        self._stagger(markers, pad, width)
        row_heights: dict[int, float] = {}
        for marker in markers:
            row_heights[marker.row] = max(row_heights.get(marker.row, 0.0), marker.box.height())
        row_top, y = {}, bars_bottom + pad
        for row in sorted(row_heights):
            row_top[row] = y
            y += row_heights[row] + pad / 2
        for marker in markers:
            marker.box.moveTop(row_top[marker.row])

        # legend, flowing into rows
        y += pad / 2
        swatch = line * 0.9
        x = 0.0
        shown = [p for p in Phase if any(s.phase is p for s in kd.spans)]
        for phase in shown:
            text = phase_label(phase)
            text_width = min(metrics.horizontalAdvance(text) + 1, width - swatch - pad)
            item_width = swatch + pad / 2 + text_width
            if x > 0 and x + item_width > width:
                x, y = 0.0, y + line * 1.3
            legend.append((phase, QRectF(x, y + (line - swatch) / 2, swatch, swatch),
                           QRectF(x + swatch + pad / 2, y, text_width, line)))
            x += item_width + em * 1.5
        height = y + line + pad
        layout = _Layout(width, lanes, bars, markers, legend, height)
        self._cache = layout
        return layout

    @staticmethod
    def _stagger(markers: list[_Marker], pad: float, width: float) -> None:
        """Rows for the labels: no label touches another, and no label hides another marker's
        line down to its own label. Each label sits centred under its marker, or ends or starts
        at it; the fewest rows win (a small search: a timeline has a handful of dates)."""
        options: list[list[float]] = []
        for marker in markers:
            w = marker.box.width()
            lefts = [marker.x - w / 2, marker.x - w, marker.x]
            options.append([min(max(left, 0.0), max(width - w, 0.0)) for left in lefts])
        chosen: list[tuple[int, float]] = []

        def fits(index: int, row: int, left: float) -> bool:
            marker = markers[index]
            lo, hi = left - pad, left + marker.box.width() + pad
            for other, (other_row, other_left) in zip(markers, chosen, strict=False):
                other_lo, other_hi = other_left - pad, other_left + other.box.width() + pad
                if other_row == row and other_hi > lo and other_lo < hi:
                    return False
                if other_row > row and lo <= other.x <= hi:       # would hide its line
                    return False
                if other_row < row and other_lo <= marker.x <= other_hi:
                    return False
            return True

        budget = [5000]

        def place(index: int, rows: int) -> bool:
            if index == len(markers):
                return True
            for row in range(rows):
                for left in options[index]:
                    budget[0] -= 1
                    if budget[0] < 0:
                        return False
                    if fits(index, row, left):
                        chosen.append((row, left))
                        if place(index + 1, rows):
                            return True
                        chosen.pop()
            return False

        for rows in range(1, len(markers) + 1):
            chosen.clear()
            if place(0, rows):
                break
        else:   # out of budget: one row each (lines may pass behind labels; labels never touch)
            chosen = [(index, options[index][0]) for index in range(len(markers))]
        for marker, (row, left) in zip(markers, chosen, strict=True):
            marker.row = row
            marker.box.moveLeft(left)

    # -- painting --------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        layout = self._layout(float(self.width()))
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text_colour = palette.color(palette.ColorRole.WindowText)
        metrics = QFontMetricsF(self.font())
        if self.key_dates is None:
            painter.setPen(text_colour)
            painter.drawText(QRectF(0, 0, self.width(), layout.height),
                             int(Qt.AlignmentFlag.AlignCenter), self.tr("No dates yet."))
            painter.end()
            return
        for lane, rect in layout.lanes.items():
            painter.setPen(text_colour)
            painter.drawText(QRectF(0, rect.top(), rect.left(), rect.height()),
                             int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                             lane_label(lane))
            painter.setPen(QPen(palette.color(palette.ColorRole.Mid), 1))
            painter.setBrush(palette.color(palette.ColorRole.Base))
            painter.drawRect(rect)
        painter.setPen(Qt.PenStyle.NoPen)
        for phase, rect in layout.bars:
            self._fill(painter, rect, phase)
        line_width = max(1.0, metrics.height() / 12)
        bars_top = layout.lanes["access"].top() - line_width * 2
        bars_bottom = layout.lanes["data"].bottom()
        for marker in layout.markers:
            pen = QPen(text_colour if marker.today else palette.color(palette.ColorRole.Dark),
                       line_width * (2.5 if marker.today else 1.2))
            painter.setPen(pen)
            painter.drawLine(QPointF(marker.x, bars_top), QPointF(marker.x, marker.box.top()))
            tip = metrics.height() / 4
            painter.setBrush(pen.color())
            painter.drawPolygon(QPolygonF([QPointF(marker.x - tip, bars_bottom + tip),
                                           QPointF(marker.x + tip, bars_bottom + tip),
                                           QPointF(marker.x, bars_bottom)]))
        background = palette.color(palette.ColorRole.Window)
        for marker in layout.markers:
            painter.fillRect(marker.box, background)
            font = self.font()
            font.setBold(marker.today)
            painter.setFont(font)
            painter.setPen(text_colour)
            painter.drawText(marker.box, int(Qt.AlignmentFlag.AlignHCenter
                                             | Qt.TextFlag.TextWordWrap), marker.text)
        painter.setFont(self.font())
        for phase, swatch, text_rect in layout.legend:
            painter.setPen(QPen(palette.color(palette.ColorRole.Dark), 1))
            self._fill(painter, swatch, phase)
            painter.setPen(text_colour)
            painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignVCenter),
                             metrics.elidedText(phase_label(phase), Qt.TextElideMode.ElideRight,
                                                text_rect.width()))
        painter.end()

    @staticmethod
    def _fill(painter: QPainter, rect: QRectF, phase: Phase) -> None:
        colour = QColor(COLOURS[phase])
        painter.fillRect(rect, colour)
        if phase in HATCHED:
            painter.fillRect(rect, QBrush(colour.darker(150), Qt.BrushStyle.BDiagPattern))
