"""`cancel365 status`: the Confirm page's Graph read for later; exit 0 when nothing is Enabled,
1 while something is, 2 without access."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import requests

from app.demo.graph_server import DemoGraphServer

ROOT = Path(__file__).resolve().parent.parent
BASIC_ID = "a6b2a2eb-534b-5e3f-b497-97939369a06c"


def status(env_extra: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CANCEL365_")}
    env.update(env_extra)
    return subprocess.run([sys.executable, "-m", "app", "status", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)


@pytest.fixture
def server():
    with DemoGraphServer() as demo:
        demo.lifecycle.delay = 0
        yield demo


def env_for(server: DemoGraphServer, **issue) -> dict[str, str]:
    return {"CANCEL365_GRAPH_URL": server.graph_url,
            "CANCEL365_ACCESS_TOKEN": server.issue_token(**issue)}


def cancel(server: DemoGraphServer, subscription_id: str) -> None:
    requests.post(f"{server.root_url}/_demo/cancel", json={"subscriptionId": subscription_id},
                  timeout=5).raise_for_status()


def test_exit_1_and_a_table_while_subscriptions_are_enabled(server):
    done = status(env_for(server))
    assert done.returncode == 1, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].split()[:2] == ["Product", "Status"]
    basic = next(line for line in lines if line.startswith("Microsoft 365 Business Basic"))
    assert "Enabled" in basic and BASIC_ID in basic
    assert "6 of 6 still Enabled." in done.stdout


def test_json_shows_the_cancellation_and_exit_0_for_the_chosen_one(server):
    cancel(server, BASIC_ID)
    done = status(env_for(server), "--json", "--subscription", BASIC_ID)
    assert done.returncode == 0, done.stderr
    answer = json.loads(done.stdout)
    assert answer["stillEnabled"] == 0
    [basic] = answer["subscriptions"]
    assert (basic["status"], basic["capabilityStatus"]) == ("Warning", "Warning")
    assert basic["skuPartNumber"] == "O365_BUSINESS_ESSENTIALS"
    assert basic["prepaidUnits"]["warning"] == 10 and basic["prepaidUnits"]["enabled"] == 0
    assert basic["nextLifecycleDateTime"].endswith("Z")
    # The others are still Enabled: without --subscription, exit 1.
    everything = status(env_for(server), "--json")
    assert everything.returncode == 1
    assert json.loads(everything.stdout)["stillEnabled"] == 5


def test_exit_0_when_no_subscription_is_enabled_any_more(server):
    for sub in server.tenant.subscriptions:
        cancel(server, sub["id"])
    done = status(env_for(server))
    assert done.returncode == 0, done.stderr
    assert "None of the 6 is Enabled any more." in done.stdout


def test_exit_2_without_credentials_or_with_a_refused_token(server):
    none = status({"CANCEL365_GRAPH_URL": server.graph_url, "CANCEL365_ACCESS_TOKEN": ""})
    assert none.returncode == 2
    assert "no credentials" in none.stderr or "saved backup access" in none.stderr
    refused = status({"CANCEL365_GRAPH_URL": server.graph_url,
                      "CANCEL365_ACCESS_TOKEN": "not-a-token"})
    assert refused.returncode == 2
    assert "refused the token" in refused.stderr and "expired" in refused.stderr
    assert "not-a-token" not in refused.stderr + refused.stdout
    narrow = status(env_for(server, scopes={"User.Read"}))
    assert narrow.returncode == 2
    assert "Organization.Read.All" in narrow.stderr
    unknown = status(env_for(server), "--subscription", "nothing-like-it")
    assert unknown.returncode == 2
