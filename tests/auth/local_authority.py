"""A small Microsoft-identity-platform look-alike, served over HTTPS on 127.0.0.1.

Real ``msal`` signs in against it exactly as it would against
login.microsoftonline.com: OpenID configuration, the device-code endpoint,
the authorize endpoint (form_post, as a browser would see it) and the token
endpoint (device-code, authorization-code and refresh-token grants). The
certificate comes from a test CA (``trustme``); :meth:`LocalAuthority.session`
gives a ``requests`` session that trusts only that CA.

What it models, because the product depends on it:
- consent per user: a refresh for a scope not yet consented fails with
  AADSTS65001 (``consent_required``), as Entra ID does;
- the token response fields MSAL needs (scope echo, client_info, id_token);
- access tokens minted by a callback, so the demo Graph server can accept them.

Lives in tests/ because it needs the test CA; the demo mode does not use it.
"""

from __future__ import annotations

import base64
import html
import json
import secrets
import ssl
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl, urlencode, urlsplit

import requests
import trustme

RESERVED = {"openid", "profile", "offline_access", "email"}
TENANT_ID = "fb65cabf-889e-5d87-839f-a2956177bdd2"


@dataclass
class LocalUser:
    oid: str
    upn: str
    name: str


@dataclass
class PendingDeviceCode:
    device_code: str
    user_code: str
    scopes: set[str]
    client_id: str
    expires_at: float
    approved_by: str | None = None
    denied: bool = False


@dataclass
class Grant:
    """A refresh token: whose, for which client."""

    user: str
    client_id: str


@dataclass
class AuthorityLog:
    """What the authority was asked, for tests to assert on (no secrets)."""

    grants: list[str] = field(default_factory=list)     # grant types in order
    requested_scopes: list[set[str]] = field(default_factory=list)


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


class LocalAuthority:
    """Start with ``with LocalAuthority() as authority:``; point MSAL at :attr:`authority_url`."""

    def __init__(self, *, tenant: str = "organizations",
                 mint: Callable[[str, set[str]], str] | None = None,
                 access_token_lifetime: int = 3600, poll_interval: int = 1) -> None:
        self.tenant = tenant
        self.mint = mint or (lambda user, scopes: "at-" + secrets.token_urlsafe(24))
        self.access_token_lifetime = access_token_lifetime
        self.poll_interval = poll_interval
        self.users: dict[str, LocalUser] = {}
        self.signed_in_user = ""        # who "uses the browser" for the authorize endpoint
        self.consent: dict[str, set[str]] = {}
        self.device_codes: dict[str, PendingDeviceCode] = {}
        self.refresh_tokens: dict[str, Grant] = {}
        self.issued_access_tokens: list[str] = []
        self.issued_refresh_tokens: list[str] = []
        self.log = AuthorityLog()
        self.auth_codes: dict[str, tuple[str, set[str], str, str]] = {}
        self.fail_next_token: tuple[str, str] | None = None  # (error, description)
        self.lock = threading.Lock()
        self.ca = trustme.CA()
        cert = self.ca.issue_cert("127.0.0.1", "localhost")
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        cert.configure_cert(context)
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self._httpd.daemon_threads = True
        self._httpd.socket = context.wrap_socket(self._httpd.socket, server_side=True)
        self._httpd.authority = self  # type: ignore[attr-defined]
        self._thread: threading.Thread | None = None

    # -- lifecycle -------------------------------------------------------------------

    @property
    def host(self) -> str:
        return f"https://127.0.0.1:{self._httpd.server_address[1]}"

    @property
    def authority_url(self) -> str:
        return f"{self.host}/{self.tenant}"

    def start(self) -> LocalAuthority:
        self._thread = threading.Thread(target=self._httpd.serve_forever, args=(0.05,), daemon=True,
                                        name="local-authority")
        self._thread.start()
        return self

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()

    def __enter__(self) -> LocalAuthority:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def session(self) -> requests.Session:
        """A session that trusts only the test CA and ignores proxy/CA variables."""
        session = requests.Session()
        session.trust_env = False
        bundle = self.ca.cert_pem.bytes()
        path = _ca_file(bundle)
        session.verify = path
        return session

    # -- people ------------------------------------------------------------------------

    def add_user(self, oid: str, upn: str, name: str, *, browser: bool = True) -> LocalUser:
        user = LocalUser(oid, upn, name)
        self.users[oid] = user
        if browser or not self.signed_in_user:
            self.signed_in_user = oid
        return user

    def approve(self, user_code: str, user: str | None = None) -> None:
        """The admin enters ``user_code`` on the device-login page and consents."""
        with self.lock:
            pending = next(p for p in self.device_codes.values() if p.user_code == user_code)
            pending.approved_by = user or self.signed_in_user
            self.consent.setdefault(pending.approved_by, set()).update(pending.scopes)

    def deny(self, user_code: str) -> None:
        with self.lock:
            pending = next(p for p in self.device_codes.values() if p.user_code == user_code)
            pending.denied = True

    def revoke_refresh_tokens(self) -> None:
        with self.lock:
            self.refresh_tokens.clear()

    # -- the protocol ------------------------------------------------------------------

    def openid_configuration(self) -> dict:
        base = self.authority_url
        return {
            "issuer": f"{self.host}/{TENANT_ID}/v2.0",
            "authorization_endpoint": f"{base}/oauth2/v2.0/authorize",
            "token_endpoint": f"{base}/oauth2/v2.0/token",
            "device_authorization_endpoint": f"{base}/oauth2/v2.0/devicecode",
            "response_modes_supported": ["query", "fragment", "form_post"],
        }

    def start_device_flow(self, form: dict[str, str]) -> dict:
        device_code = secrets.token_urlsafe(24)
        user_code = "".join(secrets.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(9))
        scopes = set(form.get("scope", "").split()) - RESERVED
        self.log.requested_scopes.append(set(scopes))
        with self.lock:
            self.device_codes[device_code] = PendingDeviceCode(
                device_code, user_code, scopes, form.get("client_id", ""), time.time() + 900)
        uri = f"{self.host}/devicelogin"
        return {"device_code": device_code, "user_code": user_code, "verification_uri": uri,
                "expires_in": 900, "interval": self.poll_interval,
                "message": f"To sign in, use a web browser to open the page {uri} and enter "
                           f"the code {user_code} to authenticate."}

    def authorize(self, query: dict[str, str]) -> tuple[str, dict[str, str]]:
        """The browser's visit: the signed-in user consents; returns (redirect_uri, answer)."""
        scopes = set(query.get("scope", "").split()) - RESERVED
        self.log.requested_scopes.append(set(scopes))
        user = self.signed_in_user
        code = secrets.token_urlsafe(24)
        with self.lock:
            self.consent.setdefault(user, set()).update(scopes)
            self.auth_codes[code] = (user, scopes, query.get("client_id", ""),
                                     query.get("nonce", ""))
        return query["redirect_uri"], {"code": code, "state": query.get("state", ""),
                                       "client_info": self._client_info(user)}

    def token(self, form: dict[str, str]) -> tuple[int, dict]:
        grant = form.get("grant_type", "")
        with self.lock:
            self.log.grants.append(grant)
            if self.fail_next_token:
                error, description = self.fail_next_token
                self.fail_next_token = None
                return 400, {"error": error, "error_description": description}
        scopes = set(form.get("scope", "").split()) - RESERVED
        if scopes:
            self.log.requested_scopes.append(set(scopes))
        if grant == "urn:ietf:params:oauth:grant-type:device_code":
            with self.lock:
                pending = self.device_codes.get(form.get("device_code", ""))
            if pending is None or pending.expires_at < time.time():
                return 400, {"error": "expired_token",
                             "error_description": "AADSTS70020: The provided value for the "
                                                  "input parameter 'device_code' is not valid."}
            if pending.denied:
                return 400, {"error": "authorization_declined",
                             "error_description": "AADSTS70000: The user declined."}
            if pending.approved_by is None:
                return 400, {"error": "authorization_pending",
                             "error_description": "AADSTS70016: Pending end-user authorization."}
            with self.lock:
                del self.device_codes[pending.device_code]
            return 200, self._tokens(pending.approved_by, pending.client_id, pending.scopes)
        if grant == "authorization_code":
            with self.lock:
                found = self.auth_codes.pop(form.get("code", ""), None)
            if found is None:
                return 400, {"error": "invalid_grant", "error_description": "AADSTS70008: The "
                             "provided authorization code is invalid or has expired."}
            user, granted, client_id, nonce = found
            return 200, self._tokens(user, client_id, granted | scopes, nonce=nonce)
        if grant == "refresh_token":
            with self.lock:
                holder = self.refresh_tokens.get(form.get("refresh_token", ""))
                consented = set(self.consent.get(holder.user, set())) if holder else set()
            if holder is None:
                return 400, {"error": "invalid_grant", "suberror": "bad_token",
                             "error_description": "AADSTS700082: The refresh token has expired "
                                                  "due to inactivity."}
            missing = scopes - consented
            if missing:
                return 400, {"error": "invalid_grant", "suberror": "consent_required",
                             "error_description": "AADSTS65001: The user or administrator has "
                                                  "not consented to use the application."}
            return 200, self._tokens(holder.user, holder.client_id, scopes)
        return 400, {"error": "unsupported_grant_type",
                     "error_description": "AADSTS70003: The app requested an unsupported grant "
                                          "type."}

    def _client_info(self, user: str) -> str:
        return _b64url(json.dumps({"uid": user, "utid": TENANT_ID}).encode())

    def _tokens(self, user: str, client_id: str, scopes: set[str], nonce: str = "") -> dict:
        person = self.users[user]
        with self.lock:
            granted = set(self.consent.get(user, set()))
        access_scopes = granted | scopes
        now = int(time.time())
        claims = {"aud": client_id, "iss": f"{self.host}/{TENANT_ID}/v2.0", "iat": now,
                  "nbf": now, "exp": now + 3600, "sub": user, "oid": user, "tid": TENANT_ID,
                  "preferred_username": person.upn, "name": person.name}
        if nonce:
            claims["nonce"] = nonce
        id_token = ".".join([_b64url(b'{"alg":"none","typ":"JWT"}'),
                             _b64url(json.dumps(claims).encode()), ""])
        access_token = self.mint(user, access_scopes)
        refresh_token = "rt-" + secrets.token_urlsafe(32)
        with self.lock:
            self.refresh_tokens[refresh_token] = Grant(user, client_id)
            self.issued_access_tokens.append(access_token)
            self.issued_refresh_tokens.append(refresh_token)
        return {"token_type": "Bearer", "scope": " ".join(sorted(access_scopes)),
                "expires_in": self.access_token_lifetime,
                "ext_expires_in": self.access_token_lifetime,
                "access_token": access_token, "refresh_token": refresh_token,
                "id_token": id_token, "client_info": self._client_info(user)}


_CA_FILES: dict[bytes, str] = {}


def _ca_file(pem: bytes) -> str:
    """requests wants a path for ``verify``; keep one file per CA for the run."""
    import tempfile

    if pem not in _CA_FILES:
        with tempfile.NamedTemporaryFile("wb", suffix=".pem", delete=False) as handle:
            handle.write(pem)
        _CA_FILES[pem] = handle.name
    return _CA_FILES[pem]


class _Handler(BaseHTTPRequestHandler):
    server_version = "LocalAuthority/1"

    @property
    def authority(self) -> LocalAuthority:
        return self.server.authority  # type: ignore[attr-defined]

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass  # quiet: the request line carries codes

    def _json(self, status: int, body: dict) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _form(self) -> dict[str, str]:
        length = int(self.headers.get("Content-Length") or 0)
        return dict(parse_qsl(self.rfile.read(length).decode()))

    def do_GET(self) -> None:
        parts = urlsplit(self.path)
        tenant = "/" + self.authority.tenant
        if parts.path == f"{tenant}/v2.0/.well-known/openid-configuration":
            self._json(200, self.authority.openid_configuration())
        elif parts.path == f"{tenant}/oauth2/v2.0/authorize":
            query = dict(parse_qsl(parts.query))
            redirect_uri, answer = self.authority.authorize(query)
            if query.get("response_mode") == "form_post":
                fields = "".join(f'<input type="hidden" name="{html.escape(k)}" '
                                 f'value="{html.escape(v)}">' for k, v in answer.items())
                page = (f'<html><body onload="document.forms[0].submit()"><form method="post" '
                        f'action="{html.escape(redirect_uri)}">{fields}</form></body></html>')
                data = page.encode()
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)
            else:
                self.send_response(302)
                self.send_header("Location", f"{redirect_uri}?{urlencode(answer)}")
                self.send_header("Content-Length", "0")
                self.end_headers()
        else:
            self._json(404, {"error": "not_found"})

    def do_POST(self) -> None:
        path = urlsplit(self.path).path
        tenant = "/" + self.authority.tenant
        if path == f"{tenant}/oauth2/v2.0/devicecode":
            self._json(200, self.authority.start_device_flow(self._form()))
        elif path == f"{tenant}/oauth2/v2.0/token":
            status, body = self.authority.token(self._form())
            self._json(status, body)
        else:
            self._json(404, {"error": "not_found"})
