"""From a sign-in to what the wizard needs: a Graph client, the tenant, the admin's roles."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass

from app.auth.delegated import DelegatedSignIn, Prompt, SignInConfig, SignInMethod
from app.auth.secrets import SecretStore
from app.graph.client import GraphClient
from app.graph.models import Organization, SignedInUser
from app.graph.tenant import Tenant
from app.settings import Settings


@dataclass(frozen=True)
class SignedInSession:
    """A signed-in admin and what was read about them."""

    sign_in: DelegatedSignIn
    graph: GraphClient
    organization: Organization
    admin: SignedInUser


def open_sign_in(settings: Settings) -> DelegatedSignIn:
    """Microsoft's sign-in with the admin's app registration and the OS keyring.

    Blocks briefly (the keyring backend is probed): call it off the GUI thread.
    """
    return DelegatedSignIn(SignInConfig.from_settings(settings), SecretStore())


def read_session(sign_in: DelegatedSignIn) -> SignedInSession:
    """The tenant's name and the admin with their directory roles."""
    graph = GraphClient(sign_in, base_url=sign_in.config.graph_url)
    tenant = Tenant(graph)
    return SignedInSession(sign_in, graph, tenant.organization(), tenant.signed_in_user())


def resume(sign_in: DelegatedSignIn) -> SignedInSession | None:
    """The saved sign-in from the last run, or None when the admin must sign in."""
    return read_session(sign_in) if sign_in.sign_in_silently() else None


def sign_in_now(sign_in: DelegatedSignIn, method: SignInMethod, *, cancelled: threading.Event,
                prompt: Callable[[Prompt], None]) -> SignedInSession:
    sign_in.sign_in(method, cancelled=cancelled, prompt=prompt)
    return read_session(sign_in)
