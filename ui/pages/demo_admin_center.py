"""DEMO ONLY: a small stand-in for the Microsoft 365 admin center's cancellation.

On a real tenant the admin cancels in the admin center in their browser (no
Graph API does it). On the demo tenant this dialog walks the same steps with
the same labels (Billing > Your products, the subscription, Settings &
actions > Cancel subscription, the reason, Cancel subscription) and its last
button tells the demo server, which then changes the subscription's status
after a short delay, as Microsoft 365 does.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.demo.lifecycle import request_cancel
from app.graph.client import GraphClient
from app.graph.tenant import SubscriptionOverview
from ui.errors import describe
from ui.widgets.status import StatusLine
from ui.worker import run_task


class DemoAdminCenterDialog(QDialog):
    """Billing > Your products > the subscription > Cancel subscription, on the demo tenant."""

    PRODUCTS, DETAILS, CANCEL, DONE = range(4)

    def __init__(self, graph: GraphClient, overview: SubscriptionOverview,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.graph = graph
        self.overview = overview
        self.cancelled = False
        self.setWindowTitle(self.tr("Demo stand-in for the Microsoft 365 admin center"))
        banner = QLabel(self.tr("<b>Demo only.</b> This is not Microsoft's admin center. On a "
                                "real tenant you do these steps in your browser, in the admin "
                                "center, with the same names."))
        banner.setWordWrap(True)
        banner.setStyleSheet("background: #fff4ce; color: #3b2f00; padding: 6px;")
        self.where = QLabel()
        font = self.where.font()
        font.setBold(True)
        self.where.setFont(font)
        self.stack = QStackedWidget()
        self.stack.addWidget(self._products_page())
        self.stack.addWidget(self._details_page())
        self.stack.addWidget(self._cancel_page())
        self.stack.addWidget(self._done_page())
        self.status = StatusLine()
        self.close_buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(banner)
        layout.addWidget(self.where)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.close_buttons)
        self.go(self.PRODUCTS)
        self.resize(640, 460)

    # -- the steps -------------------------------------------------------------

    def _products_page(self) -> QWidget:
        page = QWidget()
        self.products = QListWidget()
        self.products.setAccessibleName(self.tr("Your products"))
        sub = self.overview.subscription
        item = QListWidgetItem(self.tr("{0} – {1} licences").format(self.overview.name,
                                                                     sub.total_licenses))
        self.products.addItem(item)
        self.products.setCurrentRow(0)
        self.products.itemActivated.connect(lambda _: self.go(self.DETAILS))
        self.open_product = QPushButton(self.tr("&Open the subscription"))
        self.open_product.clicked.connect(lambda: self.go(self.DETAILS))
        layout = QVBoxLayout(page)
        layout.addWidget(self.products, 1)
        layout.addWidget(self.open_product, 0, Qt.AlignmentFlag.AlignLeft)
        return page

    def _details_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout()
        sub = self.overview.subscription
        form.addRow(self.tr("Subscription:"), QLabel(self.overview.name))
        form.addRow(self.tr("Status:"), QLabel(self.tr("Active")))
        form.addRow(self.tr("Licences:"), QLabel(self.tr("{0} assigned of {1}").format(
            self.overview.assigned_licenses, sub.total_licenses)))
        actions = QGroupBox(self.tr("Settings && actions"))   # && : a literal &
        self.start_cancel = QPushButton(self.tr("&Cancel subscription"))
        self.start_cancel.clicked.connect(lambda: self.go(self.CANCEL))
        row = QHBoxLayout(actions)
        row.addWidget(self.start_cancel)
        row.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addWidget(actions)
        layout.addStretch(1)
        return page

    def _cancel_page(self) -> QWidget:
        page = QWidget()
        dates = QLabel(self.tr("Key dates: the subscription stops when you cancel. Admins can "
                               "still reach and back up the data for 90 days; after that it "
                               "is deleted."))
        dates.setWordWrap(True)
        self.reason = QComboBox()
        self.reason.setAccessibleName(self.tr("Reason for cancelling"))
        self.reason.addItems([self.tr("Moving to another provider"), self.tr("Too expensive"),
                              self.tr("The business is closing"), self.tr("Other")])
        reason_label = QLabel(self.tr("&Reason for cancelling:"))
        reason_label.setBuddy(self.reason)
        self.confirm_cancel = QPushButton(self.tr("Cancel &subscription"))
        self.confirm_cancel.clicked.connect(self._cancel)
        layout = QVBoxLayout(page)
        layout.addWidget(dates)
        layout.addWidget(reason_label)
        layout.addWidget(self.reason)
        layout.addWidget(self.confirm_cancel, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        return page

    def _done_page(self) -> QWidget:
        page = QWidget()
        text = QLabel(self.tr("The subscription is cancelled. Microsoft 365 can take a while to "
                              "show it. Close this and choose <b>I have cancelled it</b> in the "
                              "wizard."))
        text.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.addWidget(text)
        layout.addStretch(1)
        return page

    def go(self, step: int) -> None:
        self.stack.setCurrentIndex(step)
        name = self.overview.name
        self.where.setText({
            self.PRODUCTS: self.tr("Billing > Your products"),
            self.DETAILS: self.tr("Billing > Your products > {0}").format(name),
            self.CANCEL: self.tr("Cancel subscription"),
            self.DONE: self.tr("Cancel subscription"),
        }[step])
        focus = {self.PRODUCTS: self.products, self.DETAILS: self.start_cancel,
                 self.CANCEL: self.reason, self.DONE: self.close_buttons}[step]
        focus.setFocus()

    # -- the cancellation --------------------------------------------------------

    def _cancel(self) -> None:
        self.confirm_cancel.setEnabled(False)
        self.status.busy(self.tr("Cancelling…"))
        graph, sub_id = self.graph, self.overview.subscription.id
        run_task(self, lambda _: request_cancel(graph, sub_id),
                 on_done=self._cancelled, on_error=self._failed)

    def _cancelled(self, _: object) -> None:
        self.cancelled = True
        self.status.clear()
        self.go(self.DONE)

    def _failed(self, error: BaseException) -> None:
        self.confirm_cancel.setEnabled(True)
        self.status.error(describe(error), retry=self._cancel)
