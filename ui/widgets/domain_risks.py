"""What goes wrong if the admin cancels now, domain by domain, and the tick that says they understand."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget

from app.domains.dns.results import DomainCheck, DomainStatus


class DomainRisks(QWidget):
    """The risks as a list of lines, and "I understand, continue anyway" under them."""

    def __init__(self) -> None:
        super().__init__()
        self.risks = QLabel()
        self.risks.setWordWrap(True)
        self.acknowledge = QCheckBox()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.risks)
        layout.addWidget(self.acknowledge)
        self.retranslate()

    def retranslate(self) -> None:
        self.acknowledge.setText(self.tr("I &understand, continue anyway"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def lines(self, load_failed: bool,
              domains: Iterable[tuple[str, DomainCheck | None, bool]]) -> list[str]:
        """One line per risk; ``domains`` gives each domain's shown name, check and whether it
        is still added to the tenant."""
        lines = []
        if load_failed:
            lines.append(self.tr("Your domains could not be read from Microsoft 365."))
        for shown, check, in_tenant in domains:
            if check is None:
                if in_tenant:
                    lines.append(self.tr("{0}: not checked yet.").format(shown))
                continue
            if check.status is DomainStatus.MICROSOFT and check.mail_at_microsoft:
                lines.append(self.tr("{0}: mail still goes to Microsoft 365. After you cancel, "
                                     "it bounces.").format(shown))
            elif check.status is DomainStatus.MICROSOFT:
                lines.append(self.tr("{0}: some records still point at Microsoft 365.")
                             .format(shown))
            elif check.status is DomainStatus.ERROR:
                lines.append(self.tr("{0}: could not be checked.").format(shown))
            if in_tenant:
                lines.append(self.tr("{0}: still added to Microsoft 365. Remove it before you "
                                     "cancel.").format(shown))
        return lines

    def show_lines(self, lines: list[str]) -> None:
        if lines == getattr(self, "_shown", None):
            return   # unchanged: no new text to lay out (answers come in batches)
        self._shown = list(lines)
        self.risks.setText("\n".join("• " + line for line in lines))
        self.risks.setVisible(bool(lines))
        self.acknowledge.setVisible(bool(lines))
        self.setVisible(bool(lines))   # no risk: no room taken either
