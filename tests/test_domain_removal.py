"""Removing the custom domain from the demo tenant: references, permission, verification."""

from __future__ import annotations

import pytest

from app.demo.session import DemoTokens
from app.domains.removal import (
    DomainInUseError,
    custom_domains,
    domain_references,
    is_gone,
    remove_domain,
)
from app.errors import PermissionMissingError
from app.graph.client import GraphClient


def test_custom_domains_leave_out_onmicrosoft(tenant):
    assert [d.id for d in custom_domains(tenant)] == ["lillebager.dk"]


def test_references_list_the_users_still_on_the_domain(graph):
    references = domain_references(graph, "lillebager.dk")
    assert references and all(r.kind == "user" for r in references)
    assert all(r.name.endswith("@lillebager.dk") for r in references)


def test_domain_in_use_is_not_touched(graph, demo_server):
    with pytest.raises(DomainInUseError, match="still used by") as caught:
        remove_domain(graph, "lillebager.dk")
    assert caught.value.references
    assert not is_gone(graph, "lillebager.dk")
    assert not any(r.method == "DELETE" for r in demo_server.requests)


def test_removal_without_write_permission_says_which_permission(demo_server):
    demo_server.tenant.rename_users_to_initial_domain("lillebager.dk")
    tokens = DemoTokens(demo_server, scopes={"Domain.Read.All"})
    graph = GraphClient(tokens, base_url=demo_server.graph_url)
    with pytest.raises(PermissionMissingError, match="Domain.ReadWrite.All") as caught:
        remove_domain(graph, "lillebager.dk")
    assert "admin center" in str(caught.value)
    assert tokens.access_token() not in str(caught.value)   # no secret in the message
    assert not is_gone(graph, "lillebager.dk")


def test_removal_is_verified(graph, demo_server, tenant):
    demo_server.tenant.rename_users_to_initial_domain("lillebager.dk")
    remove_domain(graph, "lillebager.dk", sleep=lambda _: None)
    assert is_gone(graph, "lillebager.dk")
    assert custom_domains(tenant) == []
