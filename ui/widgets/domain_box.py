"""The Domains page's list: the tenant's domains and those typed to test, ASCII inside, Unicode shown."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QComboBox

from app.domains.dns.check import normalize_domain


class DomainBox(QComboBox):
    """An editable list of domains: each item shows the Unicode name and holds the ASCII one."""

    def __init__(self) -> None:
        super().__init__()
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.retranslate()

    def retranslate(self) -> None:
        self.lineEdit().setPlaceholderText(self.tr("Type a domain, e.g. contoso.com"))
        self.setAccessibleName(self.tr("Domain"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def names(self) -> list[str]:
        """Every listed domain, ASCII."""
        return [self.itemData(i) for i in range(self.count())]

    def shown(self, ascii_name: str) -> str:
        return self.itemText(self.findData(ascii_name))

    def add(self, ascii_name: str) -> None:
        """List the domain once (as it is shown: Unicode)."""
        if self.findData(ascii_name) < 0:
            _, unicode_name = normalize_domain(ascii_name)
            self.addItem(unicode_name, ascii_name)

    def add_typed(self) -> str:
        """List what is typed and select it; its ASCII name. InvalidDomainError if not a domain."""
        ascii_name, _ = normalize_domain(self.currentText())
        self.add(ascii_name)
        self.setCurrentIndex(self.findData(ascii_name))
        return ascii_name

    def remove(self, ascii_name: str) -> None:
        self.removeItem(self.findData(ascii_name))
