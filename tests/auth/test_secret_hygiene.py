"""After a full sign-in and Graph session, no token or secret is in a file or a log record."""

from __future__ import annotations

import logging
import threading
from dataclasses import replace

from app.auth.delegated import REMOVE_LICENCES, DelegatedSignIn, DeviceCode, SignInMethod
from app.auth.secrets import KEY_ENTRY, SecretStore
from app.auth.session import read_session, resume
from app.graph.tenant import Tenant
from tests.auth.test_delegated_sign_in import FakeBrowser

CLIENT_SECRET = "Qx8~backup-app-secret.Zr4Tq0vVw9yY2bB7nN1mM3kK"


def test_no_token_or_secret_reaches_a_file_or_a_log(secret_service, signin_config, authority,
                                                    demo_server, tmp_path, caplog):
    caplog.set_level(logging.DEBUG)   # everything, msal's and urllib3's debug lines included
    folder = tmp_path / "data"
    store = SecretStore(folder, backend=secret_service)
    config = replace(signin_config, open_browser=FakeBrowser(authority))

    # sign in in the browser, then a Graph session: reads, a refresh after a 401, a write
    sign_in = DelegatedSignIn(config, store)
    sign_in.sign_in(SignInMethod.BROWSER, cancelled=threading.Event())
    tenant = Tenant(read_session(sign_in).graph)
    overview = [o for o in tenant.subscription_overview() if o.assigned_licenses]
    sku_id = overview[0].subscription.sku_id
    users = tenant.licensed_users(sku_id)
    demo_server.expire_tokens()
    tenant.skus()

    def approve(prompt):
        if isinstance(prompt, DeviceCode):
            authority.approve(prompt.user_code)

    sign_in.ensure_scopes(REMOVE_LICENCES, SignInMethod.DEVICE_CODE, prompt=approve)
    tenant.remove_licence(users[0].id, sku_id)
    store.set_secret("backup-client-secret", CLIENT_SECRET)

    # the next start: silent sign-in from the sealed cache
    again = DelegatedSignIn(config, SecretStore(folder, backend=secret_service))
    assert resume(again) is not None
    assert again.store.get_secret("backup-client-secret") == CLIENT_SECRET

    secrets = [*authority.issued_access_tokens, *authority.issued_refresh_tokens, CLIENT_SECRET]
    assert len(authority.issued_access_tokens) >= 3 and len(authority.issued_refresh_tokens) >= 3

    files = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert files, "the sealed cache should be on disk"
    for path in files:
        blob = path.read_bytes()
        for secret in secrets:
            assert secret.encode() not in blob, f"a credential is readable in {path.name}"

    records = [r.getMessage() for r in caplog.records]
    assert {r.name.split(".")[0] for r in caplog.records} >= {"msal", "urllib3", "app"}
    for message in records:
        for secret in secrets:
            assert secret not in message, "a credential reached a log record"

    # the keyring holds one thing for Cancel365: the 256-bit key
    key = secret_service.get_password(store.service, KEY_ENTRY)
    assert key is not None and len(key) == 44 and all(key != s for s in secrets)
