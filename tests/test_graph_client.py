"""The Graph client against the demo tenant's server: paging, retries, back-off, errors."""

from __future__ import annotations

import logging
import threading
import time

import pytest

from app.demo.session import DemoTokens
from app.errors import (
    NetworkError,
    NotFoundError,
    NotSignedInError,
    PermissionMissingError,
    ServiceUnavailableError,
    ThrottledError,
)
from app.graph.client import USER_AGENT, GraphClient, StaticToken


def graph_requests(server, fragment):
    return [r for r in server.requests if fragment in r.path]


def test_paging_follows_next_links_until_the_end(graph, demo_server):
    users = list(graph.get_all("/users", params={"$top": "5"}))
    assert len(users) == len(demo_server.tenant.users) == 36  # 34 people, a shared and a room mailbox
    assert len({u["id"] for u in users}) == 36
    assert len(graph_requests(demo_server, "/v1.0/users")) == 8  # ceil(36 / 5)


def test_select_is_honoured(graph):
    me = graph.get("/me", params={"$select": "displayName"})
    assert set(me) == {"id", "displayName"}


def test_user_agent_identifies_the_product(graph, demo_server):
    response = graph.request("GET", "/organization")
    assert response.request.headers["User-Agent"] == USER_AGENT
    assert USER_AGENT.startswith("ISV|Cancel365|Cancel365/")


def test_429_is_retried_after_the_servers_retry_after(graph, demo_server):
    demo_server.faults.add("throttle", "/subscribedSkus", times=1, retry_after=1)
    skus = graph.get_all("/subscribedSkus")
    assert len(list(skus)) == 6
    first, second = graph_requests(demo_server, "/subscribedSkus")[:2]
    assert first.status == 429 and second.status == 200
    assert second.at - first.at >= 0.95  # measured by the server's clock


def test_throttling_slows_every_thread_using_the_client(graph, demo_server):
    demo_server.faults.add("throttle", "/subscribedSkus", times=1, retry_after=2)
    worker = threading.Thread(target=lambda: list(graph.get_all("/subscribedSkus")))
    worker.start()
    deadline = time.monotonic() + 30
    while graph.pacer.spacing == 0 and time.monotonic() < deadline:  # the 429 has been read
        time.sleep(0.01)
    throttled_at = graph_requests(demo_server, "/subscribedSkus")[0].at
    graph.get("/organization")  # another caller, another path
    worker.join()
    organization = graph_requests(demo_server, "/organization")[0]
    assert organization.at - throttled_at >= 1.9


def test_503_is_retried_and_gives_up_with_a_clear_error(demo_server, demo_tokens):
    graph = GraphClient(demo_tokens, base_url=demo_server.graph_url, max_attempts=3)
    demo_server.faults.add("unavailable", "/domains", times=1, retry_after=0)
    assert len(list(graph.get_all("/domains"))) == 2
    demo_server.faults.add("unavailable", "/domains", times=-1, retry_after=0)
    with pytest.raises(ServiceUnavailableError) as caught:
        graph.get("/domains")
    assert "try again" in str(caught.value).lower()
    assert caught.value.request_id


def test_expired_token_is_refreshed_once(graph, demo_server, demo_tokens):
    graph.get("/organization")
    demo_server.expire_tokens()
    assert graph.get("/me")["displayName"] == "Mette Kragh"
    assert demo_tokens.refreshes == 1
    statuses = [r.status for r in graph_requests(demo_server, "/v1.0/me")]
    assert statuses == [401, 200]


def test_a_token_that_stays_invalid_means_sign_in_again(demo_server):
    graph = GraphClient(StaticToken("not-a-token"), base_url=demo_server.graph_url)
    with pytest.raises(NotSignedInError) as caught:
        graph.get("/organization")
    assert "sign in again" in str(caught.value).lower()
    assert caught.value.code == "InvalidAuthenticationToken"
    assert len(graph_requests(demo_server, "/organization")) == 2


def test_403_names_the_missing_permission(demo_server):
    tokens = DemoTokens(demo_server, scopes={"User.Read"})
    graph = GraphClient(tokens, base_url=demo_server.graph_url)
    with pytest.raises(PermissionMissingError) as caught:
        graph.get("/directory/subscriptions")
    message = str(caught.value)
    assert "Organization.Read.All" in message
    assert "Billing Administrator" in message
    assert caught.value.code == "Authorization_RequestDenied"
    assert caught.value.request_id in message


def test_404_is_a_not_found_error_with_graphs_code(graph):
    with pytest.raises(NotFoundError) as caught:
        graph.get("/users/nobody@lillebager.dk")
    assert caught.value.status == 404
    assert caught.value.code == "Request_ResourceNotFound"


def test_endless_throttling_with_a_long_retry_after_stops_at_once(graph, demo_server):
    demo_server.faults.add("throttle", "/subscribedSkus", times=1, retry_after=3600)
    started = time.monotonic()
    with pytest.raises(ThrottledError) as caught:
        graph.get("/subscribedSkus")
    assert time.monotonic() - started < 2
    assert "60 min." in str(caught.value)


def test_no_server_is_a_network_error():
    graph = GraphClient(StaticToken("t"), base_url="http://127.0.0.1:9/v1.0", max_attempts=2,
                        sleep=lambda _: None)
    with pytest.raises(NetworkError) as caught:
        graph.get("/organization")
    assert "connection" in str(caught.value).lower()


def test_tokens_never_reach_the_log_or_errors(demo_server, caplog):
    caplog.set_level(logging.DEBUG)
    tokens = DemoTokens(demo_server)
    graph = GraphClient(tokens, base_url=demo_server.graph_url, max_attempts=2)
    seen = {tokens.access_token()}
    demo_server.faults.add("throttle", "/organization", times=1, retry_after=0)
    graph.get("/organization")
    demo_server.expire_tokens()
    graph.get("/me")
    seen.add(tokens.access_token())
    errors = []
    for path in ("/users/ghost", "/domains/none.example"):
        try:
            graph.get(path)
        except NotFoundError as exc:
            errors.append(f"{exc!s} {exc!r}")
    graph_limited = GraphClient(DemoTokens(demo_server, scopes=set()),
                                base_url=demo_server.graph_url)
    try:
        graph_limited.get("/subscribedSkus")
    except PermissionMissingError as exc:
        errors.append(f"{exc!s} {exc!r}")
    assert len(errors) == 3
    assert caplog.records, "the client logged nothing: the test would prove nothing"
    for token in seen:
        assert token not in caplog.text
        assert all(token not in e for e in errors)
    assert "Bearer" not in caplog.text
