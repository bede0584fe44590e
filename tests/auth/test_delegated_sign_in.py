"""Signing in with real MSAL against a local HTTPS authority; tokens used on the demo Graph."""

from __future__ import annotations

import re
import threading
import time

import pytest
import requests

from app.auth.delegated import (
    READ_SCOPES,
    REMOVE_LICENCES,
    BrowserOpened,
    DelegatedSignIn,
    DeviceCode,
    SignInConfig,
    SignInMethod,
)
from app.auth.errors import (
    NoClientIdError,
    SignInCancelledError,
    SignInFailedError,
    SignInRequiredError,
    SignInTimeoutError,
)
from app.auth.secrets import KEY_ENTRY, SERVICE, SecretStore
from app.errors import NetworkError, PermissionMissingError
from app.graph.client import GraphClient
from app.graph.tenant import Tenant
from tests.auth.local_authority import LocalAuthority

DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code"


def approve_with(authority: LocalAuthority, seen: list | None = None):
    """The admin types the code on the device-login page as soon as it is shown."""

    def prompt(shown):
        if seen is not None:
            seen.append(shown)
        if isinstance(shown, DeviceCode):
            authority.approve(shown.user_code)

    return prompt


def signed_in(config: SignInConfig, store: SecretStore, authority: LocalAuthority) -> DelegatedSignIn:
    signin = DelegatedSignIn(config, store)
    signin.sign_in(SignInMethod.DEVICE_CODE, cancelled=threading.Event(),
                   prompt=approve_with(authority))
    return signin


def test_device_code_sign_in_reads_the_admin_and_roles(signin_config, store, authority):
    seen: list = []
    signin = DelegatedSignIn(signin_config, store)
    account = signin.sign_in(SignInMethod.DEVICE_CODE, cancelled=threading.Event(),
                             prompt=approve_with(authority, seen))
    code = seen[0]
    assert isinstance(code, DeviceCode)
    assert re.fullmatch(r"[A-Z0-9]{9}", code.user_code)
    assert code.verification_uri.endswith("/devicelogin")
    assert account.username == authority.users[authority.signed_in_user].upn
    assert authority.log.requested_scopes[0] == set(READ_SCOPES)

    admin = Tenant(GraphClient(signin, base_url=signin_config.graph_url)).signed_in_user()
    assert admin.is_global_admin and admin.can_cancel


def test_silent_sign_in_from_the_saved_cache_after_a_restart(signin_config, authority,
                                                             data_folder, memory_keyring):
    signed_in(signin_config, SecretStore(data_folder, backend=memory_keyring), authority)
    grants_before = list(authority.log.grants)

    restarted = DelegatedSignIn(signin_config, SecretStore(data_folder, backend=memory_keyring))
    assert restarted.sign_in_silently() is True
    assert restarted.account is not None
    token = restarted.access_token()
    assert token in authority.issued_access_tokens
    assert authority.log.grants == grants_before       # straight from the cache: no new grant


def test_no_saved_sign_in_means_no_silent_sign_in(signin_config, store):
    signin = DelegatedSignIn(signin_config, store)
    assert signin.sign_in_silently() is False
    with pytest.raises(SignInRequiredError):
        signin.access_token()


def test_an_expiring_access_token_is_refreshed(signin_config, store, authority):
    authority.access_token_lifetime = 300   # MSAL treats under 300 s left as expired
    signin = signed_in(signin_config, store, authority)
    first = authority.issued_access_tokens[-1]
    token = signin.access_token()
    assert token != first
    assert authority.log.grants[-1] == "refresh_token"


def test_a_401_from_graph_refreshes_the_token_and_goes_on(signin_config, store, authority,
                                                          demo_server):
    signin = signed_in(signin_config, store, authority)
    graph = GraphClient(signin, base_url=signin_config.graph_url)
    Tenant(graph).organization()
    demo_server.expire_tokens()
    assert Tenant(graph).organization().display_name == "Lille Bager ApS"
    assert authority.log.grants.count("refresh_token") == 1


def test_a_revoked_sign_in_asks_to_sign_in_again(signin_config, store, authority):
    signin = signed_in(signin_config, store, authority)
    authority.revoke_refresh_tokens()
    with pytest.raises(SignInRequiredError, match="sign in again"):
        signin.access_token(force_refresh=True)


def test_sign_out_removes_accounts_cache_and_secrets(signin_config, authority, data_folder,
                                                     memory_keyring):
    store = SecretStore(data_folder, backend=memory_keyring)
    signin = signed_in(signin_config, store, authority)
    store.set_secret("backup-client-secret", "s3cr3t")
    signin.sign_out()
    assert signin.account is None
    assert memory_keyring.get_password(SERVICE, KEY_ENTRY) is None
    assert not any(data_folder.iterdir())
    restarted = DelegatedSignIn(signin_config, SecretStore(data_folder, backend=memory_keyring))
    assert restarted.sign_in_silently() is False
    assert restarted.store.get_secret("backup-client-secret") is None


def test_write_permission_is_asked_for_only_when_needed(signin_config, store, authority,
                                                        demo_server):
    signin = signed_in(signin_config, store, authority)
    tenant = Tenant(GraphClient(signin, base_url=signin_config.graph_url))
    sku = tenant.skus()[0]
    user = tenant.licensed_users(sku.sku_id)[0]
    with pytest.raises(PermissionMissingError, match="LicenseAssignment.ReadWrite.All"):
        tenant.remove_licence(user.id, sku.sku_id)       # read-only sign-in cannot write

    seen: list = []
    signin.ensure_scopes(REMOVE_LICENCES, SignInMethod.DEVICE_CODE,
                         prompt=approve_with(authority, seen))
    assert len(seen) == 1                                 # the admin was asked once
    assert authority.log.requested_scopes[-1] >= set(REMOVE_LICENCES)
    tenant.remove_licence(user.id, sku.sku_id)
    assert signin.has_scopes(REMOVE_LICENCES)
    signin.ensure_scopes(REMOVE_LICENCES, SignInMethod.DEVICE_CODE,
                         prompt=approve_with(authority, seen))
    assert len(seen) == 1                                 # already granted: not asked again


def test_consent_already_given_needs_no_prompt(signin_config, store, authority):
    signin = signed_in(signin_config, store, authority)
    authority.consent[authority.signed_in_user].update(REMOVE_LICENCES)  # admin consented before
    seen: list = []
    signin.ensure_scopes(REMOVE_LICENCES, SignInMethod.DEVICE_CODE, prompt=seen.append)
    assert seen == [] and signin.has_scopes(REMOVE_LICENCES)


# -- the system browser with the loopback redirect ---------------------------------------------

class FakeBrowser:
    """Visits the authorize URL and posts the form back, like a browser with a signed-in admin."""

    def __init__(self, authority: LocalAuthority, *, finish: bool = True) -> None:
        self.session = authority.session()
        self.finish = finish
        self.visited: list[str] = []
        self.answers: list[int] = []

    def __call__(self, url: str) -> bool:
        self.visited.append(url)
        if self.finish:
            threading.Thread(target=self._visit, args=(url,), daemon=True).start()
        return True

    def _visit(self, url: str) -> None:
        page = self.session.get(url, timeout=10).text
        action = re.search(r'action="([^"]+)"', page).group(1)
        fields = dict(re.findall(r'name="([^"]+)" value="([^"]*)"', page))
        plain = requests.Session()
        plain.trust_env = False
        self.answers.append(plain.post(action, data=fields, timeout=10).status_code)


def test_browser_sign_in_with_the_loopback_redirect(signin_config, store, authority):
    browser = FakeBrowser(authority)
    config = SignInConfig(**{**signin_config.__dict__, "open_browser": browser})
    seen: list = []
    account = DelegatedSignIn(config, store).sign_in(
        SignInMethod.BROWSER, cancelled=threading.Event(), prompt=seen.append)
    assert account.username == authority.users[authority.signed_in_user].upn
    assert isinstance(seen[0], BrowserOpened)
    assert "response_mode=form_post" in browser.visited[0]
    assert "code_challenge=" in browser.visited[0]          # PKCE
    assert browser.answers == [200]
    assert authority.log.grants == ["authorization_code"]


def test_without_a_browser_the_device_code_is_the_fallback(signin_config, store, authority):
    seen: list = []
    DelegatedSignIn(signin_config, store).sign_in(   # open_browser answers False here
        SignInMethod.BROWSER, cancelled=threading.Event(), prompt=approve_with(authority, seen))
    assert [type(s) for s in seen] == [DeviceCode]
    assert authority.log.grants == [DEVICE_GRANT]


def test_browser_sign_in_can_be_cancelled(signin_config, store, authority):
    config = SignInConfig(**{**signin_config.__dict__,
                             "open_browser": FakeBrowser(authority, finish=False)})
    cancelled = threading.Event()
    threading.Timer(0.3, cancelled.set).start()
    started = time.monotonic()
    with pytest.raises(SignInCancelledError):
        DelegatedSignIn(config, store).sign_in(SignInMethod.BROWSER, cancelled=cancelled)
    assert time.monotonic() - started < 3


# -- cancel, timeout and refusals ------------------------------------------------------------

def test_device_code_sign_in_can_be_cancelled(signin_config, store):
    cancelled = threading.Event()
    started = time.monotonic()
    with pytest.raises(SignInCancelledError):
        DelegatedSignIn(signin_config, store).sign_in(
            SignInMethod.DEVICE_CODE, cancelled=cancelled, prompt=lambda _: cancelled.set())
    assert time.monotonic() - started < 3


def test_device_code_sign_in_times_out(signin_config, store):
    config = SignInConfig(**{**signin_config.__dict__, "timeout": 1.0})
    with pytest.raises(SignInTimeoutError, match="within 1 min,"):
        DelegatedSignIn(config, store).sign_in(SignInMethod.DEVICE_CODE,
                                               cancelled=threading.Event())


def test_declining_on_the_device_login_page_is_a_cancel(signin_config, store, authority):
    def decline(shown):
        authority.deny(shown.user_code)

    with pytest.raises(SignInCancelledError):
        DelegatedSignIn(signin_config, store).sign_in(
            SignInMethod.DEVICE_CODE, cancelled=threading.Event(), prompt=decline)


def test_an_app_registration_without_public_client_flows_is_explained(signin_config, store,
                                                                      authority):
    authority.fail_next_token = ("invalid_client", "AADSTS7000218: The request body must "
                                 "contain the following parameter: 'client_assertion'.")
    with pytest.raises(SignInFailedError, match="Allow public client flows") as caught:
        signed_in(signin_config, store, authority)
    assert caught.value.code == "AADSTS7000218"


def test_an_unknown_error_keeps_the_service_words(signin_config, store, authority):
    authority.fail_next_token = ("server_error", "AADSTS90099: Something odd.\nTrace ID: 1")
    with pytest.raises(SignInFailedError, match="AADSTS90099: Something odd. Try again"):
        signed_in(signin_config, store, authority)


def test_an_unreachable_authority_is_a_network_error(signin_config, store, authority):
    authority.stop()
    with pytest.raises(NetworkError, match="sign-in service"):
        DelegatedSignIn(signin_config, store).sign_in(SignInMethod.DEVICE_CODE,
                                                      cancelled=threading.Event())


def test_a_missing_client_id_says_where_to_set_it(store):
    with pytest.raises(NoClientIdError, match="Settings"):
        DelegatedSignIn(SignInConfig(client_id=" "), store)


def test_a_locked_keyring_is_reported_before_signing_in(secret_service, signin_config,
                                                        data_folder, authority):
    from app.auth.errors import KeyringLockedError
    from tests.auth.keyrings import lock_default_collection

    SecretStore(data_folder, backend=secret_service).save_token_cache("{}")
    lock_default_collection()
    signin = DelegatedSignIn(signin_config, SecretStore(data_folder, backend=secret_service))
    with pytest.raises(KeyringLockedError):
        signin.sign_in(SignInMethod.DEVICE_CODE, cancelled=threading.Event(),
                       prompt=approve_with(authority))
    assert authority.log.requested_scopes == []      # no code was asked for


def test_a_silent_sign_in_that_refreshes_saves_the_new_refresh_token(
        signin_config, authority, data_folder, memory_keyring):
    authority.access_token_lifetime = 300          # every silent call refreshes
    signed_in(signin_config, SecretStore(data_folder, backend=memory_keyring), authority)
    second = DelegatedSignIn(signin_config, SecretStore(data_folder, backend=memory_keyring))
    assert second.sign_in_silently()
    authority.refresh_tokens = {rt: grant for rt, grant in authority.refresh_tokens.items()
                                if rt == authority.issued_refresh_tokens[-1]}  # old ones revoked
    third = DelegatedSignIn(signin_config, SecretStore(data_folder, backend=memory_keyring))
    assert third.sign_in_silently()                # it found the rotated one on disk
