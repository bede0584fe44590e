"""The one function that decides what to do with every Graph response."""

from __future__ import annotations

import email.utils
import time
from dataclasses import dataclass
from enum import Enum

import requests

from app.errors import (
    GraphError,
    NotFoundError,
    NotSignedInError,
    PermissionMissingError,
    ServiceUnavailableError,
    ThrottledError,
)
from app.graph.permissions import requirement_for
from app.texts import translate

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})


class Action(Enum):
    """What the client does next."""

    ACCEPT = "accept"
    RETRY = "retry"
    REFRESH_TOKEN = "refresh-token"
    FAIL = "fail"


@dataclass(frozen=True)
class Verdict:
    """The decision for one response."""

    action: Action
    retry_after: float | None = None
    throttled: bool = False
    error: GraphError | None = None


def retry_after_seconds(value: str | None) -> float | None:
    """Parse Retry-After (delta-seconds or an HTTP date); None when absent or garbled."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def graph_error_fields(response: requests.Response) -> tuple[str, str, str]:
    """Graph's error code, message and request-id from an error body."""
    code = message = request_id = ""
    try:
        body = response.json()
    except ValueError:
        body = None
    if isinstance(body, dict) and isinstance(body.get("error"), dict):
        error = body["error"]
        code = str(error.get("code") or "")
        message = str(error.get("message") or "")
        inner = error.get("innerError") or error.get("innererror") or {}
        if isinstance(inner, dict):
            request_id = str(inner.get("request-id") or inner.get("requestId") or "")
    request_id = request_id or response.headers.get("request-id", "")
    return code, message, request_id


def decide(
    response: requests.Response,
    *,
    method: str,
    path: str,
    attempt: int,
    max_attempts: int,
    token_refreshed: bool,
) -> Verdict:
    """Accept, retry, refresh the token, or fail with an error the admin can act on."""
    status = response.status_code
    if status < 400:
        return Verdict(Action.ACCEPT)
    if status in RETRY_STATUSES and attempt + 1 < max_attempts:
        return Verdict(
            Action.RETRY,
            retry_after=retry_after_seconds(response.headers.get("Retry-After")),
            throttled=status in (429, 503),
        )
    if status == 401 and not token_refreshed:
        return Verdict(Action.REFRESH_TOKEN)
    return Verdict(Action.FAIL, error=error_for(response, method=method, path=path))


def error_for(response: requests.Response, *, method: str, path: str) -> GraphError:
    """A typed error whose message says what happened and what to do."""
    status = response.status_code
    code, graph_message, request_id = graph_error_fields(response)
    fields = {"status": status, "code": code, "graph_message": graph_message,
              "request_id": request_id}
    if status == 401:
        return NotSignedInError(
            translate("graph", "Microsoft 365 no longer accepts this sign-in. Sign in again."), **fields
        )
    if status == 403:
        need = requirement_for(method, path)
        if need:
            # The role is one of permissions.py's texts, marked there for lupdate.
            text = translate(
                "graph", "Microsoft 365 refused this: it needs the {0} permission and an account "
                "that is {1}. Sign in as such an admin, or ask one to grant consent, then try again."
            ).format(need.permission, translate("graph", need.role))
        else:
            text = translate(
                "graph", "Microsoft 365 refused this: the signed-in account lacks a permission or an "
                "admin role. Sign in as a Global Administrator and try again.")
        return PermissionMissingError(text, **fields)
    if status == 404:
        return NotFoundError(
            translate("graph", "Microsoft 365 says this does not exist (any more). Refresh and try again."),
            **fields,
        )
    if status == 429:
        return ThrottledError(translate(
            "graph", "Microsoft 365 is limiting how fast this app may work and kept doing so. "
            "Wait a few minutes, then try again."), **fields
        )
    if status >= 500:
        return ServiceUnavailableError(translate(
            "graph", "Microsoft 365 had a problem on its side (HTTP {0}) and kept having it. "
            "Try again in a few minutes; if it persists, check the service health page "
            "in the admin center.").format(status), **fields
        )
    return GraphError(
        translate("graph", "Microsoft 365 did not accept the request (HTTP {0}).").format(status), **fields
    )
