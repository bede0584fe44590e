"""The cancellation record: everything the wizard saw and did, each with its time, as JSON.

Built from :class:`~app.state.CancellationState` alone, never from widgets, so
what the record says is what the wizard knew. The JSON's shape is versioned
(``"schema": "cancel365-record"``, ``"version": 1``) and documented field by
field in docs/record-schema.md and app/record/record-schema.json.

Nothing secret goes in: the record names the tenant, the admin and what was
read from Graph, never a token, a client secret or a request header. It is
built field by field from typed results (nothing is dumped wholesale), so a
secret could only get in by a new field that someone adds on purpose.

Building reads the backup manifest to hash it: call :func:`build_record` off
the GUI thread.
"""

from __future__ import annotations

import hashlib
import json
import os
from datetime import date, datetime
from pathlib import Path
from typing import Any

import app
from app.dates.key_dates import KeyDates
from app.domains.dns.results import DomainCheck
from app.files import write_atomically
from app.graph.tenant import SubscriptionOverview
from app.state import CancellationState, now
from app.texts import translate

SCHEMA = "cancel365-record"
VERSION = 1
CHUNK = 1 << 20


def build_record(state: CancellationState, *, created_at: datetime | None = None) -> dict[str, Any]:
    """The record of one wizard run, as plain JSON-ready data."""
    return {
        "schema": SCHEMA,
        "version": VERSION,
        "created_at": _time(created_at or now()),
        "app": {"name": "Cancel365", "version": app.__version__},
        "language": translate("report", "en"),
        "demo": state.demo,
        "tenant": _tenant(state),
        "admin": _admin(state),
        "signed_in_at": _time(state.signed_in_at),
        "subscription": _subscription(state),
        "licences_removed": [
            {"user_principal_name": r.user_principal_name, "sku_part_number": r.sku_part_number,
             "at": _time(r.at)}
            for r in state.licences_removed],
        "domains": _domains(state),
        "backup": _backup(state),
        "mail_move": _mail_move(state),
        "key_dates": _key_dates(state.key_dates, state.key_dates_reviewed_at),
        "feedback": _feedback(state),
        "checklist": _checklist(state),
        "confirmation": _confirmation(state),
    }


def record_name(day: date, suffix: str) -> str:
    """``cancellation-record-2026-12-01.json`` (or ``.pdf``)."""
    return f"cancellation-record-{day.isoformat()}.{suffix}"


def write_json(record: dict[str, Any], path: str | os.PathLike[str]) -> Path:
    """Write the record atomically: a temporary file in the same folder, then a rename."""
    text = json.dumps(record, ensure_ascii=False, indent=2) + "\n"
    return write_atomically(Path(path), text.encode("utf-8"))


def sha256_of(path: str | os.PathLike[str]) -> str:
    """The file's SHA-256, read in 1 MiB chunks (a manifest can be large)."""
    digest = hashlib.sha256()
    with open(path, "rb") as source:
        while chunk := source.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _time(value: datetime | date | None) -> str | None:
    return None if value is None else value.isoformat()


def _tenant(state: CancellationState) -> dict[str, Any] | None:
    org = state.organization
    if org is None:
        return None
    return {"id": org.id, "display_name": org.display_name,
            "verified_domains": list(org.verified_domains)}


def _admin(state: CancellationState) -> dict[str, Any] | None:
    admin = state.admin
    if admin is None:
        return None
    return {"id": admin.id, "display_name": admin.display_name,
            "user_principal_name": admin.user_principal_name,
            "roles": [role.display_name for role in admin.roles]}


def _overview(overview: SubscriptionOverview | None) -> dict[str, Any] | None:
    if overview is None:
        return None
    sub, sku = overview.subscription, overview.sku
    return {
        "id": sub.id, "name": overview.name, "sku_id": sub.sku_id,
        "sku_part_number": sub.sku_part_number, "status": sub.status, "is_trial": sub.is_trial,
        "total_licenses": sub.total_licenses, "assigned_licenses": overview.assigned_licenses,
        "created": _time(sub.created), "next_lifecycle": _time(sub.next_lifecycle),
        "sku_capability_status": sku.capability_status if sku else None,
    }


def _subscription(state: CancellationState) -> dict[str, Any] | None:
    if state.subscription is None:
        return None
    decision = state.decision
    return {
        "before": _overview(state.subscription_at_start),
        "after": _overview(state.subscription),
        "bought_with_product_key": state.bought_with_product_key,
        "decision": None if decision is None else {
            "path": decision.path.value, "assigned_licenses": decision.assigned_licenses,
            "licences_to_remove": decision.licences_to_remove,
            "early_termination_fee_possible": decision.early_termination_fee_possible},
    }


def _check(check: DomainCheck | None) -> dict[str, Any] | None:
    if check is None:
        return None
    return {
        "checked_at": _time(check.checked_at), "status": check.status.value, "error": check.error,
        "resolver": check.resolver,
        "records": [
            {"name": row.name, "type": row.type, "values": list(row.values), "ttl": row.ttl,
             "points_to_microsoft": row.points_to_microsoft, "role": row.role.value,
             "problem": row.problem.value if row.problem else None}
            for row in check.rows],
    }


def _domains(state: CancellationState) -> dict[str, Any]:
    result = state.domains
    names = sorted(set(result.first_checks) | set(result.latest_checks) | set(result.removals))
    rows = []
    for name in names:
        first = result.first_checks.get(name)
        removal = result.removals.get(name)
        rows.append({
            "domain": name, "unicode": first.unicode if first else name,
            "before": _check(first), "after": _check(result.latest_checks.get(name)),
            "removed_at": _time(removal.at) if removal else None,
        })
    return {"risks_acknowledged": result.risks_acknowledged, "checked": rows}


def _backup(state: CancellationState) -> dict[str, Any] | None:
    backup = state.backup
    if backup is None:
        return None
    s = backup.summary
    manifest = Path(backup.manifest_path)
    found = manifest.is_file()
    return {
        "finished_at": _time(backup.finished_at), "destination": backup.destination,
        "complete": s.complete, "cancelled": s.cancelled, "files_verified": s.files_verified,
        "office_rewrites": s.office_rewrites, "files_failed": s.files_failed,
        "not_downloadable": s.not_downloadable, "bytes_verified": s.bytes_verified,
        "drives_failed": s.drives_failed, "failures": list(s.failures),
        "report_html": s.report_html or None, "report_csv": s.report_csv or None,
        "manifest": {"path": str(manifest), "found": found,
                     "bytes": manifest.stat().st_size if found else None,
                     "sha256": sha256_of(manifest) if found else None},
    }


def _mail_move(state: CancellationState) -> dict[str, Any] | None:
    result = state.mail_move
    if result is None:
        return None
    return {"chosen": result.chosen, "moved": list(result.moved),
            "not_moved": list(result.not_moved), "complete": result.complete,
            "report_html": result.report_path or None, "finished_at": _time(result.finished_at)}


def _key_dates(dates: KeyDates | None, reviewed_at: datetime | None) -> dict[str, Any] | None:
    if dates is None:
        return None
    return {
        "subscription_id": dates.subscription_id, "ending": dates.ending.value,
        "computed_at": _time(dates.computed_at), "reviewed_at": _time(reviewed_at),
        "time_zone": dates.time_zone, "early_termination_fee": dates.early_termination_fee,
        "refund": dates.refund.value, "refund_ends": _time(dates.refund_ends),
        "prorated_credit": dates.prorated_credit, "partner": dates.partner,
        "dates": [{"kind": d.kind.value, "day": d.day.isoformat(), "known": d.known}
                  for d in dates.dates],
    }


def _feedback(state: CancellationState) -> dict[str, Any] | None:
    fb = state.feedback
    if fb is None:
        return None
    return {"given_at": _time(fb.given_at), "reasons": [r.value for r in fb.reasons],
            "provider": fb.provider or None, "comment": fb.comment}


def _checklist(state: CancellationState) -> dict[str, Any] | None:
    checklist = state.checklist
    if checklist is None:
        return {"built_at": None, "users_told": state.users_told, "rows": []}
    return {
        "built_at": _time(checklist.built_at), "users_told": state.users_told,
        "complete": checklist.complete,
        "rows": [
            {"key": row.key.value, "subject": row.subject or None, "label": row.label,
             "state": row.state.value, "detail": row.detail, "checked_at": _time(row.checked_at),
             "acknowledgement_reason": row.acknowledgement_reason or None}
            for row in checklist.rows],
    }


def _confirmation(state: CancellationState) -> dict[str, Any] | None:
    c = state.confirmation
    if c is None:
        return None
    proof = c.proof
    return {
        "typed_name": c.typed_name, "confirmed_at": _time(c.confirmed_at),
        "done_at": _time(c.done_at), "channel": c.channel, "proven": c.proven,
        "timeout_acknowledged": c.timeout_acknowledged, "handed_facts": dict(c.handed_facts),
        "proof": None if proof is None else {
            "started_at": _time(proof.started_at), "ended_at": _time(proof.ended_at),
            "left_enabled": proof.left_enabled, "timed_out": proof.timed_out,
            "error": proof.error or None,
            "readings": [
                {"at": _time(r.at), "subscription_status": r.subscription_status,
                 "sku_capability_status": r.sku_capability_status,
                 "next_lifecycle_at": _time(r.next_lifecycle_at)}
                for r in proof.readings],
        },
    }
