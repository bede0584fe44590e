"""What the demo's Graph handlers take and give: a call, an answer, Graph's error.

Every route module of the demo tenant speaks in these: a handler takes a
:class:`Call` and returns an :class:`Answer`, or raises :class:`GraphFault`
to answer with Graph's error JSON.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

JsonDict = dict[str, Any]


@dataclass(frozen=True)
class Identity:
    """Who a token belongs to."""

    user_id: str | None              # None: an app-only token
    scopes: frozenset[str] | None    # None: every permission


@dataclass
class Call:
    """One request as the handlers see it."""

    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    body: JsonDict | None
    identity: Identity
    match: re.Match[str] | None = None


@dataclass
class Answer:
    """What to send back."""

    status: int = 200
    body: JsonDict | None = None
    collection: Sequence[JsonDict] | None = None  # paged by the server
    headers: dict[str, str] = field(default_factory=dict)
    delta: bool = False                          # collection ends with a deltaLink
    delta_token: str | None = None               # the deltaLink's token
    next_query: dict[str, str] = field(default_factory=dict)  # carried along in nextLinks
    raw: Iterator[bytes] | None = None           # bytes, not JSON (a message's MIME)
    raw_length: int = 0


class GraphFault(Exception):  # noqa: N818 - it is an answer, not a bug
    """Raised by a handler to answer with Graph's error JSON."""

    def __init__(self, status: int, code: str, message: str, *,
                 headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message
        self.headers = headers or {}     # e.g. Retry-After on a 429


def not_found(what: str = "Resource") -> GraphFault:
    return GraphFault(404, "Request_ResourceNotFound", f"{what} does not exist or one of its "
                      "queried reference-property objects are not present.")


def item_not_found() -> GraphFault:
    return GraphFault(404, "itemNotFound", "The resource could not be found.")
