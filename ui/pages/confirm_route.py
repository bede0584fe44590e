"""How the cancellation itself is done: the admin center's steps, in the admin center's own
localized labels, or, for the support and partner paths, the facts to hand them.

Graph has no API that cancels a subscription bought from Microsoft ("Cancel
your Microsoft business subscription", Microsoft Learn): the admin does it in
the admin center, and the Confirm page then looks for the proof in Graph.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.graph.tenant import SubscriptionOverview
from app.subscription.rules import CancellationPath, Decision
from ui.pages.rule_texts import PARTNERS_URL, SUPPORT_URL, YOUR_PRODUCTS_URL

ADMIN_CENTER_PRODUCTS_URL = YOUR_PRODUCTS_URL   # Billing > Your products (microsoft365-facts.md)
SUPPORT_PATHS = (CancellationPath.TOO_MANY_LICENCES, CancellationPath.PRODUCT_KEY,
                 CancellationPath.OTHER_PRODUCT)


def channel_of(decision: Decision | None) -> str:
    """admin-center, support or partner."""
    if decision is not None and decision.path is CancellationPath.PARTNER:
        return "partner"
    if decision is not None and decision.path in SUPPORT_PATHS:
        return "support"
    return "admin-center"


class CancellationRoute(QWidget):
    """The steps (or the facts), and the button that opens the right place."""

    open_requested = Signal(str)   # the URL to open (the page opens it, or the demo stand-in)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.channel = "admin-center"
        self.facts: dict[str, str] = {}
        self.steps = QLabel()
        self.steps.setWordWrap(True)
        self.steps.setTextFormat(Qt.TextFormat.RichText)
        self.steps.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts_box = QWidget()
        self.facts_grid = QGridLayout(self.facts_box)
        self.facts_grid.setContentsMargins(0, 0, 0, 0)
        self.open_button = QPushButton()
        self.open_button.clicked.connect(lambda: self.open_requested.emit(self.url()))
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.steps)
        layout.addWidget(self.facts_box)
        layout.addLayout(row)

    def focusables(self) -> list[QWidget]:
        """The facts' fields and Copy buttons, row by row, then the Open button."""
        rows = [(self.facts_grid.itemAtPosition(r, 1), self.facts_grid.itemAtPosition(r, 2))
                for r in range(len(self.facts))]
        return [item.widget() for pair in rows for item in pair if item is not None] \
            + [self.open_button]

    def url(self) -> str:
        return {"support": SUPPORT_URL, "partner": PARTNERS_URL}.get(
            self.channel, ADMIN_CENTER_PRODUCTS_URL)

    def show_route(self, decision: Decision | None, overview: SubscriptionOverview | None,
                   tenant_id: str, *, demo: bool) -> None:
        self.channel = channel_of(decision)
        name = overview.name if overview else ""
        if self.channel == "admin-center":
            self.steps.setText(self._admin_center_steps(name))
            self.open_button.setText(self.tr("&Open the demo's admin center…") if demo
                                     else self.tr("&Open the admin center"))
            self.facts = {}
        else:
            self.steps.setText(self._support_text() if self.channel == "support"
                               else self._partner_text())
            self.open_button.setText(self.tr("&Open support in the admin center")
                                     if self.channel == "support"
                                     else self.tr("&Open partner relationships"))
            self.facts = self._facts(decision, overview, tenant_id)
        self._show_facts()

    def _admin_center_steps(self, name: str) -> str:
        steps = [
            self.tr("Sign in to Microsoft 365 with your work account as a Global or Billing "
                    "Administrator."),
            self.tr("Open the app launcher and choose <b>Admin</b> (the button below opens "
                    "the admin center directly)."),
            self.tr("In the admin center, go to <b>Billing</b> &gt; <b>Your products</b>."),
            self.tr("Choose the subscription <b>{0}</b>.").format(_escape(name)),
            self.tr("Under <b>Settings &amp; actions</b>, choose <b>Cancel subscription</b>. "
                    "Not there? Then only Microsoft support can cancel it."),
            self.tr("Review the key dates, give your reason for cancelling, and choose "
                    "<b>Cancel subscription</b>."),
        ]
        items = "".join(f"<li>{s}</li>" for s in steps)
        after = self.tr("Then come back here and choose <b>I have cancelled it</b>: the wizard "
                        "watches Microsoft 365 until the change shows.")
        return f"<ol>{items}</ol><p>{after}</p>"

    def _support_text(self) -> str:
        return self.tr("Microsoft support cancels this subscription. Open <b>Support</b> in the "
                       "admin center, ask to cancel it, and give them the facts below. When "
                       "they say it is done, choose <b>Check the status now</b>.")

    def _partner_text(self) -> str:
        return self.tr("Your partner cancels this subscription. Find them in the admin center "
                       "under <b>Settings</b> &gt; <b>Partner relationships</b>, ask them to "
                       "cancel it, and give them the facts below. When they say it is done, "
                       "choose <b>Check the status now</b>.")

    def _facts(self, decision: Decision | None, overview: SubscriptionOverview | None,
               tenant_id: str) -> dict[str, str]:
        facts = {self.tr("Tenant ID"): tenant_id}
        if overview is not None:
            sub = overview.subscription
            facts[self.tr("Product")] = overview.name
            facts[self.tr("Subscription ID")] = sub.id
            facts[self.tr("Commerce subscription ID")] = sub.commerce_subscription_id or "–"
            facts[self.tr("Licences")] = self.tr("{0} assigned of {1}").format(
                overview.assigned_licenses, sub.total_licenses)
        return facts

    def _show_facts(self) -> None:
        while self.facts_grid.count():
            item = self.facts_grid.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.hide()                 # gone now, not only when the loop deletes it
                widget.setParent(None)
                widget.deleteLater()
        self.copy_buttons: dict[str, QPushButton] = {}
        for row, (label, value) in enumerate(self.facts.items()):
            name = QLabel(label + ":")
            field = QLineEdit(value)
            field.setReadOnly(True)
            field.setAccessibleName(label)
            name.setBuddy(field)
            copy = QPushButton(self.tr("Copy"))
            copy.setAccessibleName(self.tr("Copy {0}").format(label))
            copy.clicked.connect(lambda _=False, v=value: QGuiApplication.clipboard().setText(v))
            self.facts_grid.addWidget(name, row, 0)
            self.facts_grid.addWidget(field, row, 1)
            self.facts_grid.addWidget(copy, row, 2)
            self.copy_buttons[label] = copy
        self.facts_grid.setColumnStretch(1, 1)
        self.facts_box.setVisible(bool(self.facts))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
