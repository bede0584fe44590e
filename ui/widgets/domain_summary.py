"""A domain's verdict in one bold line, and the four steps of the way out under it.

The verdict says no more than is known: while the domain's own nameservers are
still being asked it says so, and "nothing points at Microsoft 365 any more" is
said plainly only when they agree with the resolver; when one gives another
answer, the verdict says which records are not everywhere yet.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.domains.dns.results import DomainCheck, DomainStatus


class DomainSummary(QWidget):
    """:attr:`summary` (the verdict) and :attr:`steps` for the selected domain's check."""

    def __init__(self) -> None:
        super().__init__()
        self.summary = QLabel()
        self.summary.setObjectName("domainSummary")
        self.summary.setWordWrap(True)
        font = self.summary.font()
        font.setBold(True)
        self.summary.setFont(font)
        self.steps = QLabel()
        self.steps.setWordWrap(True)
        self.steps.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.steps)

    def clear(self) -> None:
        self.summary.clear()
        self.steps.clear()

    def show_check(self, check: DomainCheck, *, removed: bool, denied_by: str | None) -> None:
        """``denied_by``: the DNS server that says NXDOMAIN for a domain Graph has verified."""
        if denied_by is not None:
            # Graph has it verified, so it exists: the DNS server is wrong, not the spelling.
            self.summary.setText(self.tr(
                "{0}: Microsoft 365 has this domain verified, so it exists, but the DNS server "
                "{1} says it does not (NXDOMAIN). That server is wrong or filtering: choose "
                "another DNS server above and check again.").format(check.unicode, denied_by))
        else:
            self.summary.setText(self.verdict(check))
        self.steps.setVisible(check.status is not DomainStatus.ERROR)
        items = []
        for number, step in enumerate(check.steps, 1):
            done = step.done or (number == 4 and removed)
            mark = "✓" if done else f"{number}."
            items.append(f"<tr><td>{mark}&nbsp;</td><td>{_escape(step.text)}</td></tr>")
        self.steps.setText("<table>" + "".join(items) + "</table>")

    def verdict(self, check: DomainCheck) -> str:
        everywhere = check.everywhere
        if check.status is DomainStatus.CLEAR and everywhere is not True:
            text = self.tr("{0}: the DNS server says nothing points at Microsoft 365 any more.")
        else:
            text = {
                DomainStatus.CLEAR: self.tr("{0}: nothing points at Microsoft 365 any more."),
                DomainStatus.MICROSOFT: self.tr("{0}: still points at Microsoft 365."),
                DomainStatus.ERROR: self.tr("{0}: could not be checked."),
            }[check.status]
        text = text.format(check.unicode) + (f" {check.error}" if check.error else "")
        if check.authoritative_pending:
            text += " " + self.tr("Still asking the domain's own nameservers whether they give "
                                  "the same answers…")
        elif everywhere is False:
            records = ", ".join(dict.fromkeys(r.type for r in check.disagreements))
            text += " " + self.tr("Not everywhere yet: the domain's own nameservers give other "
                                  "answers for {0}, so some senders may still get the old "
                                  "answer.").format(records)
        elif check.authoritative_servers and everywhere is None \
                and check.status is not DomainStatus.ERROR:
            text += " " + self.tr("The domain's own nameservers did not answer: this is the "
                                  "DNS server's answer only.")
        return text


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
