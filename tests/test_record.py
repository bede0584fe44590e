"""The cancellation record's JSON: built from the state alone, field by field, versioned,
documented, written atomically, with the manifest's hash and nothing secret in it."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from app.demo.graph_server import DemoGraphServer
from app.graph.client import GraphClient, StaticToken
from app.record.record import SCHEMA, VERSION, build_record, record_name, sha256_of, write_json
from app.record.schema import load_schema, validate
from app.state import CancellationState
from tests.record_support import AT, DOMAIN, MANIFEST_BYTES, ONLINE, at, filled_state


@pytest.fixture
def token(demo_server: DemoGraphServer) -> str:
    return demo_server.issue_token(user_id="admin")


@pytest.fixture
def state(demo_server: DemoGraphServer, token: str, tmp_path: Path) -> CancellationState:
    return filled_state(GraphClient(StaticToken(token), base_url=demo_server.graph_url), tmp_path)


def test_schema_and_version_head_the_record(state: CancellationState) -> None:
    record = build_record(state, created_at=AT)
    assert record["schema"] == SCHEMA == "cancel365-record"
    assert record["version"] == VERSION == 1
    assert record["created_at"] == "2026-12-01T09:30:00+00:00"
    assert record["app"]["name"] == "Cancel365"
    assert record["demo"] is True
    assert record["language"] == "en"


def test_tenant_admin_and_sign_in(state: CancellationState) -> None:
    record = build_record(state)
    assert record["tenant"]["display_name"] == "Lille Bager ApS"
    assert record["tenant"]["id"] == state.organization.id
    assert DOMAIN in record["tenant"]["verified_domains"]
    assert record["admin"]["user_principal_name"] == state.admin.user_principal_name
    assert "Global Administrator" in record["admin"]["roles"]
    assert record["signed_in_at"] == state.signed_in_at.isoformat()


def test_subscription_before_and_after_and_the_licences_removed(state: CancellationState) -> None:
    sub = build_record(state)["subscription"]
    assert sub["before"]["name"] == sub["after"]["name"] == ONLINE
    assert sub["before"]["id"] == state.subscription.subscription.id
    assert sub["before"]["assigned_licenses"] == state.subscription_at_start.assigned_licenses
    assert sub["before"]["status"] == "Enabled"
    assert sub["decision"]["path"] == "online"
    assert sub["bought_with_product_key"] is False
    assert build_record(state)["licences_removed"] == [
        {"user_principal_name": "anna@lillebager.dk",
         "sku_part_number": state.subscription.subscription.sku_part_number,
         "at": at(35).isoformat()}]


def test_dns_before_and_after_and_the_domain_removal(state: CancellationState) -> None:
    domains = build_record(state)["domains"]
    assert domains["risks_acknowledged"] is True
    [entry] = domains["checked"]
    assert entry["domain"] == DOMAIN
    assert entry["before"]["status"] == "microsoft"
    assert entry["before"]["checked_at"] == at(40).isoformat()
    mx_before = entry["before"]["records"][0]
    assert mx_before["type"] == "MX" and mx_before["points_to_microsoft"] is True
    assert mx_before["values"] == ["lillebager-dk.mail.protection.outlook.com"]
    assert entry["after"]["status"] == "clear"
    assert entry["after"]["records"][0]["values"] == ["mx.newhost.example"]
    assert entry["after"]["checked_at"] == at(45).isoformat()
    assert entry["removed_at"] == at(46).isoformat()


def test_backup_summary_and_the_manifest_sha256_of_the_file(state: CancellationState) -> None:
    backup = build_record(state)["backup"]
    assert backup["finished_at"] == at(50).isoformat()
    assert backup["complete"] is True
    assert backup["files_verified"] == 42 and backup["bytes_verified"] == 1_234_567
    assert backup["destination"] == state.backup.destination
    manifest = backup["manifest"]
    assert manifest["path"] == state.backup.manifest_path and manifest["found"] is True
    assert manifest["bytes"] == len(MANIFEST_BYTES)
    assert manifest["sha256"] == hashlib.sha256(Path(state.backup.manifest_path).read_bytes()).hexdigest()
    assert sha256_of(state.backup.manifest_path) == hashlib.sha256(MANIFEST_BYTES).hexdigest()


def test_a_missing_manifest_is_said_not_hashed(state: CancellationState) -> None:
    Path(state.backup.manifest_path).unlink()
    manifest = build_record(state)["backup"]["manifest"]
    assert manifest == {"path": state.backup.manifest_path, "found": False, "bytes": None,
                        "sha256": None}


def test_key_dates_feedback_checklist_and_the_proof(state: CancellationState) -> None:
    record = build_record(state)
    dates = record["key_dates"]
    assert dates["ending"] == "cancel-now" and dates["reviewed_at"] == at(52).isoformat()
    assert dates["time_zone"] == "Europe/Copenhagen"
    assert {"kind": "data-deleted", "day": "2027-05-30", "known": True} in dates["dates"]
    assert {"kind": "data-may-be-deleted", "day": "2027-03-31", "known": False} in dates["dates"]
    assert record["feedback"] == {"given_at": at(53).isoformat(),
                                  "reasons": ["cost", "other_provider"], "provider": "Proton",
                                  "comment": "Mail only now."}
    checklist = record["checklist"]
    assert checklist["complete"] is True and checklist["users_told"] is False
    assert checklist["rows"][1] == {
        "key": "users-told", "subject": None, "label": "Users told", "state": "acknowledged",
        "detail": "not ticked", "checked_at": at(54).isoformat(),
        "acknowledgement_reason": "Only two of us, we talked."}
    confirmation = record["confirmation"]
    assert confirmation["typed_name"] == "Lille Bager ApS"
    assert confirmation["proven"] is True and confirmation["done_at"] == at(56).isoformat()
    last = confirmation["proof"]["readings"][-1]
    assert last == {"at": at(57).isoformat(), "subscription_status": "Warning",
                    "sku_capability_status": "Warning", "next_lifecycle_at": at(59).isoformat()}


def test_an_empty_state_gives_a_record_too() -> None:
    record = build_record(CancellationState())
    assert record["tenant"] is None and record["subscription"] is None
    assert record["backup"] is None and record["confirmation"] is None
    validate(record, load_schema())


def test_the_record_matches_its_json_schema(state: CancellationState) -> None:
    schema = load_schema()
    assert schema["properties"]["version"]["const"] == VERSION
    validate(build_record(state), schema)
    broken = build_record(state)
    broken["backup"]["manifest"]["sha256"] = 12
    with pytest.raises(ValueError, match="sha256"):
        validate(broken, schema)


def test_every_field_is_documented(state: CancellationState) -> None:
    """docs/record-schema.md names every field the record has, as `section.field`."""
    doc = (Path(__file__).resolve().parent.parent / "docs" / "record-schema.md").read_text()

    def fields(value: object, prefix: str = "") -> set[str]:
        found: set[str] = set()
        if isinstance(value, dict):
            for key, inner in value.items():
                if key == "handed_facts":      # free keys: the facts handed to support
                    found.add(prefix + key)
                    continue
                found.add(prefix + key)
                found |= fields(inner, prefix + key + ".")
        elif isinstance(value, list) and value:
            found |= fields(value[0], prefix.rstrip(".") + "[].")
        return found

    missing = sorted(f for f in fields(build_record(state)) if f"`{f}`" not in doc)
    assert not missing


def test_written_atomically_with_no_leftovers(state: CancellationState, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    path = write_json(build_record(state), folder / record_name(AT.date(), "json"))
    assert path.name == "cancellation-record-2026-12-01.json"
    assert json.loads(path.read_text("utf-8"))["schema"] == "cancel365-record"
    assert [p.name for p in folder.iterdir()] == [path.name]
    write_json(build_record(state), path)          # again: replaced, still one file
    assert [p.name for p in folder.iterdir()] == [path.name]


def test_nothing_secret_in_the_json(state: CancellationState, token: str, tmp_path: Path) -> None:
    assert state.graph is not None and state.graph.tokens.access_token() == token
    text = write_json(build_record(state), tmp_path / "r.json").read_text("utf-8")
    assert token not in text
    assert token[-24:] not in text
    for word in ("Bearer", "Authorization", "access_token", "client_secret", "refresh_token"):
        assert word.lower() not in text.lower()


def test_the_mail_move_is_in_the_record_when_the_page_decided(state: CancellationState) -> None:
    from app.state import MailMoveResult

    assert build_record(state)["mail_move"] is None
    state.mail_move = MailMoveResult(chosen=True, moved=("a@x.dk",), not_moved=("b@x.dk",),
                                     report_path="/b/Mail/cancel365-mail-move-report.html",
                                     finished_at=AT)
    record = build_record(state)
    validate(record, load_schema())
    assert record["mail_move"] == {"chosen": True, "moved": ["a@x.dk"], "not_moved": ["b@x.dk"],
                                   "complete": False,
                                   "report_html": "/b/Mail/cancel365-mail-move-report.html",
                                   "finished_at": AT.isoformat()}
    doc = (Path(__file__).resolve().parent.parent / "docs" / "record-schema.md").read_text()
    assert all(f"`mail_move.{key}`" in doc for key in record["mail_move"])
