"""The demo server's pre-authenticated download URLs: signed, expiring, revocable.

A URL names a drive and an item and carries ``tempauth``: when it expires and
an HMAC over both, keyed by a secret that :meth:`DownloadUrls.expire_all`
replaces (every URL handed out so far stops working, as after an hour).
:class:`app.demo.graph_server.DemoGraphServer` owns one, hands its URLs out
in ``@microsoft.graph.downloadUrl`` and checks them when a download comes in.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import threading
import time
from urllib.parse import quote

from app.demo.tenant import DemoItem, DemoTenant


class DownloadUrls:
    """Makes and checks the download URLs of one demo server."""

    def __init__(self, tenant: DemoTenant, own_base: str, *, lifetime: float = 600.0,
                 base: str | None = None) -> None:
        self.tenant = tenant
        self.own_base = own_base    # the server's own {root}/_download
        self.lifetime = lifetime    # seconds a URL works
        # Serve download URLs from elsewhere (the benchmark's nginx): {base}/{drive}/{item}?...
        self.base = base
        self._key = secrets.token_bytes(32)
        self._local = threading.local()  # the root the client called, per request thread

    def use_root(self, root: str) -> None:
        """Build this request's URLs from the host the client called."""
        self._local.root = root

    def use_app(self, app: str | None) -> None:
        """This request's URLs are made for that app (whose budget their downloads spend)."""
        self._local.app = app

    def _sign(self, drive_id: str, item_id: str, expires: int) -> str:
        msg = f"{drive_id}/{item_id}/{expires}".encode()
        return hmac.digest(self._key, msg, hashlib.sha256).hex()[:40]  # one C call per URL

    def url(self, item: DemoItem) -> str:
        """A pre-authenticated URL that expires after :attr:`lifetime` seconds."""
        expires = int(time.time() + self.lifetime)
        sig = self._sign(item.drive_id, item.id, expires)
        root = getattr(self._local, "root", None)
        base = self.base or (f"{root}/_download" if root else self.own_base)
        app = getattr(self._local, "app", None)
        tag = f"&app={quote(app)}" if app else ""
        return f"{base}/{quote(item.drive_id)}/{item.id}?tempauth={expires}.{sig}{tag}"

    def expire_all(self) -> None:
        """Every URL handed out so far stops working."""
        self._key = secrets.token_bytes(32)

    def item_for(self, drive_id: str, item_id: str, tempauth: str) -> DemoItem | None:
        """The item a URL's parts name, or None when it is forged, expired or gone."""
        expires_text, _, sig = tempauth.partition(".")
        if not expires_text.isdigit() or int(expires_text) < time.time():
            return None
        if not hmac.compare_digest(sig, self._sign(drive_id, item_id, int(expires_text))):
            return None
        drive = self.tenant.drives.get(drive_id)
        return drive.items.get(item_id) if drive else None
