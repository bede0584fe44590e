"""Subscription: every subscription with its licences, and the rule that applies."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from app.graph.tenant import SubscriptionOverview
from app.state import CancellationState
from app.subscription.rules import CancellationPath, decide
from ui.errors import describe
from ui.pages import rule_texts
from ui.pages.page import Page
from ui.widgets.status import StatusLine
from ui.worker import run_task


class SubscriptionPage(Page):
    def __init__(self, state: CancellationState) -> None:
        super().__init__()
        self.state = state
        self.overviews: list[SubscriptionOverview] = []
        self._read_with: object = None   # the Graph client the overviews came from

        self.table = QTreeWidget()
        self.table.setRootIsDecorated(False)
        self.table.setUniformRowHeights(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setColumnCount(5)
        self.table.header().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._apply_rules)

        self.product_key = QCheckBox()
        self.product_key.toggled.connect(self._apply_rules)

        self.rule_headline = QLabel()
        self.rule_headline.setObjectName("ruleHeadline")
        font = self.rule_headline.font()
        font.setBold(True)
        self.rule_headline.setFont(font)
        self.rule_text = QLabel()
        self.rule_text.setWordWrap(True)
        self.rule_text.setOpenExternalLinks(True)
        self.rule_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self._remove_licences)
        self.remove_button.hide()

        self.status = StatusLine()
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.product_key)
        layout.addSpacing(6)
        layout.addWidget(self.rule_headline)
        layout.addWidget(self.rule_text)
        row = QHBoxLayout()
        row.addWidget(self.remove_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.status)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Which subscription do you want to cancel?"))
        self.setSubTitle(self.tr("Pick one. The wizard tells you which way out applies to it."))
        self.table.setHeaderLabels([self.tr("Product"), self.tr("Status"),
                                    self.tr("Licences assigned"), self.tr("Trial"),
                                    self.tr("Next change")])
        self.table.setAccessibleName(self.tr("Subscriptions"))
        self.product_key.setText(self.tr("This subscription was bought with a &product key"))
        self.remove_button.setText(self.tr("&Remove licences…"))
        if self.overviews:
            self._fill_table()
            self._show_rule()

    def demo_lesson(self) -> str:
        return self.tr(
            "On a real tenant this list comes from your organization's billing: every "
            "subscription with its licences. Choosing one changes nothing. Only Remove "
            "licences changes the tenant: those users lose the apps of that subscription at "
            "once (their mail and files stay until it ends). What can go wrong: a subscription "
            "bought through a partner or with a product key cannot be cancelled online, and "
            "cancelling early may cost a fee.")

    # -- loading ---------------------------------------------------------------

    def initializePage(self) -> None:
        if not self.overviews or self._read_with is not self.state.graph:
            self.reload()   # first visit, or signed out and in again (maybe another tenant)

    def reload(self) -> None:
        self.status.busy(lambda: self.tr("Reading subscriptions and licences…"))
        self.table.setEnabled(False)
        self._read_with = self.state.graph
        tenant = self.state.tenant
        run_task(self.wizard(), lambda _: tenant.subscription_overview(),
                 on_done=self._loaded, on_error=self._load_failed)

    def _loaded(self, overviews: list[SubscriptionOverview]) -> None:
        self.overviews = overviews
        self.status.clear()
        self.table.setEnabled(True)
        self._fill_table()
        self.table.setFocus()
        self._apply_rules()

    def _fill_table(self) -> None:
        """The rows, from the overviews read last (again after a language switch)."""
        chosen = self.state.subscription.subscription.id if self.state.subscription else None
        resume, organization = self.state.resume, self.state.organization
        if chosen is None and resume is not None and organization is not None \
                and resume.tenant_id == organization.id:
            chosen = resume.subscription_id or None   # the last run's choice (app/progress.py)
        self.table.blockSignals(True)
        self.table.clear()
        locale = QLocale()
        for overview in self.overviews:
            sub = overview.subscription
            item = QTreeWidgetItem([
                overview.name,
                self._status_text(sub.status),
                self._licence_text(overview),
                self.tr("Yes") if sub.is_trial else self.tr("No"),
                locale.toString(sub.next_lifecycle.date(), "d MMM yyyy")
                if sub.next_lifecycle else "–",
            ])
            item.setData(0, Qt.ItemDataRole.UserRole, sub.id)
            item.setToolTip(0, sub.sku_part_number)
            self.table.addTopLevelItem(item)
            if sub.id == chosen:
                self.table.setCurrentItem(item)
        for column in range(self.table.columnCount() - 1):
            self.table.resizeColumnToContents(column)
        if self.table.currentItem() is None and self.table.topLevelItemCount():
            self.table.setCurrentItem(self.table.topLevelItem(0))
        self.table.blockSignals(False)

    def _load_failed(self, error: BaseException) -> None:
        self.table.setEnabled(True)
        self.status.error(lambda: describe(error), retry=self.reload)

    def _licence_text(self, overview: SubscriptionOverview) -> str:
        """Assigned of bought; a SKU's consumedUnits counts all its subscriptions, so say so."""
        sub = overview.subscription
        if overview.shared_by > 1:
            return self.tr("{0} assigned across {1} subscriptions of this product; "
                           "this one has {2}").format(overview.assigned_licenses,
                                                      overview.shared_by, sub.total_licenses)
        return self.tr("{0} of {1}").format(overview.assigned_licenses, sub.total_licenses)

    def _status_text(self, status: str) -> str:
        return {
            "Enabled": self.tr("Active"),
            "Warning": self.tr("Expired (grace period)"),
            "Suspended": self.tr("Disabled"),
            "LockedOut": self.tr("Cancelled"),
            "Deleted": self.tr("Deleted"),
        }.get(status, status)

    # -- the rule --------------------------------------------------------------

    def selected(self) -> SubscriptionOverview | None:
        item = self.table.currentItem()
        if item is None:
            return None
        sub_id = item.data(0, Qt.ItemDataRole.UserRole)
        return next((o for o in self.overviews if o.subscription.id == sub_id), None)

    def _apply_rules(self) -> None:
        overview = self.selected()
        if overview is None or self.state.organization is None:
            self.state.chose(None, None)
            self.rule_headline.clear()
            self.rule_text.clear()
            self.remove_button.hide()
        else:
            decision = decide(overview, tenant_id=self.state.organization.id,
                              bought_with_product_key=self.product_key.isChecked())
            self.state.chose(overview, decision)
            self.state.bought_with_product_key = self.product_key.isChecked()
            self._show_rule()
            self.remove_button.setVisible(
                decision.path is CancellationPath.TOO_MANY_LICENCES)
        self.completeChanged.emit()

    def _show_rule(self) -> None:
        overview, decision = self.state.subscription, self.state.decision
        if overview is None or decision is None:
            return
        self.rule_headline.setText(rule_texts.headline(decision))
        self.rule_text.setText(rule_texts.explanation(decision, overview))

    def isComplete(self) -> bool:
        decision = self.state.decision
        return decision is not None   # every path goes on: domains and data matter on all of them

    def complete_for_self_test(self) -> None:
        """``--self-test`` on the demo tenant: pick the subscription that can be cancelled online."""
        for row in range(self.table.topLevelItemCount()):
            item = self.table.topLevelItem(row)
            if item.text(0) == "Microsoft 365 Business Basic" and self.table.currentItem() is not item:
                self.table.setCurrentItem(item)

    # -- licences --------------------------------------------------------------

    def _remove_licences(self) -> None:
        from ui.pages.licence_removal import LicenceRemovalDialog

        overview = self.state.subscription
        decision = self.state.decision
        if overview is None or decision is None:
            return
        dialog = LicenceRemovalDialog(self.state, overview, decision.licences_to_remove, self)
        dialog.exec()
        if dialog.changed:
            self.reload()
