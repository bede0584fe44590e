"""Which DNS resolver to ask: the system's, a public one, a custom host[:port], or the demo's."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QWidget

from app.demo.dns_server import DnsServer
from app.demo.dns_zones import demo_store
from app.domains.dns.check import PUBLIC_RESOLVERS, CheckOptions, Nameserver
from app.state import CancellationState

SYSTEM, PUBLIC, CUSTOM, DEMO = "system", "public", "custom", "demo"


class ResolverPicker(QWidget):
    """A combo box, plus a field for a custom server; ``changed`` when the choice is made."""

    changed = Signal()

    def __init__(self, state: CancellationState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.demo_dns: DnsServer | None = None
        self.box = QComboBox()
        # Follows its texts: a runtime language switch may make them longer.
        self.box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        if state.demo:
            self.box.addItem("", DEMO)
        self.box.addItem("", SYSTEM)
        for name, address in PUBLIC_RESOLVERS.items():
            self.box.addItem(name, f"{PUBLIC}:{address}")
        self.box.addItem("", CUSTOM)
        self.custom = QLineEdit()
        self.custom.setVisible(False)
        self.custom.setMinimumWidth(self.custom.fontMetrics().averageCharWidth() * 24)
        self.custom.returnPressed.connect(self.changed)
        self.box.currentIndexChanged.connect(self._picked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box)
        layout.addWidget(self.custom, 1)
        self.retranslate()

    def retranslate(self) -> None:
        """The page calls this on a language switch."""
        self.box.setAccessibleName(self.tr("DNS server"))
        self.box.setToolTip(self.tr("The resolver (DNS server) that answers the questions about "
                                    "your domain"))
        names = {DEMO: self.tr("Demo tenant's DNS (this computer)"),
                 SYSTEM: self.tr("This computer's DNS server"), CUSTOM: self.tr("Custom…")}
        for index in range(self.box.count()):
            name = names.get(self.box.itemData(index))
            if name is not None:
                self.box.setItemText(index, name)
        self.custom.setPlaceholderText(self.tr("host or host:port"))
        self.custom.setAccessibleName(self.tr("Another DNS server"))

    def use_custom(self, text: str) -> None:
        """Pick "Custom…" with ``text`` as the server (also what a keyboard user does)."""
        self.custom.setText(text)
        self.box.setCurrentIndex(self.box.findData(CUSTOM))

    def kind(self) -> str:
        """system, public, custom or demo."""
        return str(self.box.currentData()).partition(":")[0]

    def description(self) -> str:
        kind = self.kind()
        return self.custom.text().strip() if kind == CUSTOM else self.box.currentText()

    def options(self, authoritative_port: int = 53) -> CheckOptions:
        """Check options for the current choice. Raises InvalidNameserverError."""
        kind, _, address = str(self.box.currentData()).partition(":")
        if kind == PUBLIC:
            servers: tuple[Nameserver, ...] = (Nameserver(address),)
        elif kind == CUSTOM:
            servers = (Nameserver.parse(self.custom.text()),)
        elif kind == DEMO:
            # The demo zone's nameservers live on the same local server and port.
            server = self._demo_server()
            return CheckOptions(nameservers=(Nameserver("127.0.0.1", server.port),),
                                authoritative_port=server.port)
        else:
            servers = ()
        return CheckOptions(nameservers=servers, authoritative_port=authoritative_port)

    def _demo_server(self) -> DnsServer:
        if self.demo_dns is None:
            self.demo_dns = DnsServer(demo_store()).start()
            self.state.closers.append(self.demo_dns.stop)
        return self.demo_dns

    def _picked(self) -> None:
        custom = self.kind() == CUSTOM
        self.custom.setVisible(custom)
        if custom:
            self.custom.setFocus()
            if not self.custom.text().strip():
                return  # wait for the address
        self.changed.emit()
