"""Rules of Graph's answers that the demo tenant follows for every route.

- "Get user": without ``$select`` a user comes with its default properties only.
- "Advanced query capabilities on Microsoft Entra ID objects": ``$count`` and an
  OData cast on a transitive list (``/me/transitiveMemberOf/microsoft.graph.directoryRole``)
  need ``ConsistencyLevel: eventual`` and ``$count=true``; without them Graph answers 400.
- Absolute links (``@odata.nextLink``, ``@odata.deltaLink``, download URLs) name the host
  the client called, so the demo works behind a proxy or a TLS front too.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Mapping
from typing import Any
from urllib.parse import quote, urlencode

from app.demo.wire import Answer, Call, GraphFault

JsonDict = dict[str, Any]

# "Get user" / "List users": the properties returned when no $select is given.
USER_DEFAULTS = ("businessPhones", "displayName", "givenName", "id", "jobTitle", "mail",
                 "mobilePhone", "officeLocation", "preferredLanguage", "surname",
                 "userPrincipalName")
_USER_PATHS = re.compile(r"/(me|users(/[^/]+)?)")
_CAST_ON_TRANSITIVE = re.compile(r".*/transitive(MemberOf|Members)/microsoft\.graph\.\w+")


def default_view(path: str, body: JsonDict | None, query: Mapping[str, str]) -> JsonDict | None:
    """A user without $select: its default properties only (others stay null-less, unsent)."""
    if body is None or "$select" in query or not _USER_PATHS.fullmatch(path):
        return body
    if "userPrincipalName" not in body:
        return body
    view = {k: body.get(k) for k in USER_DEFAULTS}
    view.update({k: v for k, v in body.items() if k.startswith("@")})
    return view


def advanced_query_fault(call: Call) -> GraphFault | None:
    """Graph's 400 for an advanced query sent without what it needs; None when it may go."""
    eventual = call.headers.get("consistencylevel", "").lower() == "eventual"
    if "$count" in call.query and not eventual:
        return GraphFault(400, "Request_BadRequest", "$count is not currently supported "
                          "without the header ConsistencyLevel: eventual.")
    if _CAST_ON_TRANSITIVE.fullmatch(call.path) and not (
            eventual and call.query.get("$count") == "true"):
        return GraphFault(400, "Request_UnsupportedQuery", "The specified type cast on a "
                          "transitive link is only supported as an advanced query: send "
                          "ConsistencyLevel: eventual and $count=true.")
    return None


def answer_root(headers: Mapping[str, str], own_root: str) -> str:
    """scheme://host the client called: X-Forwarded-Proto/-Host from a front, else Host."""
    host = headers.get("X-Forwarded-Host") or headers.get("Host")
    if not host:
        return own_root
    scheme = headers.get("X-Forwarded-Proto") or own_root.split(":", 1)[0]
    return f"{scheme.split(',')[0].strip()}://{host.split(',')[0].strip()}"


DEFAULT_PAGE = 100
MAX_PAGE = 999  # the largest $top the demo honours (Graph's largest delta and children page)


def select(body: JsonDict | None, query: Mapping[str, str]) -> JsonDict | None:
    """Honour $select like Graph: only the chosen properties (and id, @odata.*)."""
    fields = query.get("$select")
    if not body or not fields:
        return body
    keep = {f.strip() for f in fields.split(",")} | {"id"}
    return {k: v for k, v in body.items() if k in keep or k.startswith("@")}


def page_of(call: Call, answer: Answer, graph_root: str, max_page: int = MAX_PAGE) -> JsonDict:
    """One page of a collection: ``$top`` (at most MAX_PAGE), ``@odata.nextLink`` to the rest,
    ``@odata.deltaLink`` at the end of a delta listing; links under ``graph_root``."""
    items = answer.collection or []
    try:
        top = int(call.query.get("$top") or (200 if answer.delta else DEFAULT_PAGE))
        skip = int(call.query.get("$skiptoken") or 0)
    except ValueError:
        raise GraphFault(400, "BadRequest", "Invalid $top or $skiptoken value.") from None
    top = max(1, min(top, max_page))
    page = items[skip:skip + top]
    body: JsonDict = {
        "@odata.context": f"{graph_root}/$metadata#{call.path.strip('/')}",
        "value": [select(default_view(call.path, i, call.query), call.query) for i in page],
    }
    if call.query.get("$count") == "true":
        body["@odata.count"] = len(items)
    base = f"{graph_root}{quote(call.path)}"
    if skip + top < len(items):
        rest = {k: v for k, v in call.query.items() if k != "$skiptoken"}
        rest.update(answer.next_query)
        rest["$skiptoken"] = str(skip + top)
        body["@odata.nextLink"] = f"{base}?{urlencode(rest)}"
    elif answer.delta:
        body["@odata.deltaLink"] = f"{base}?token={answer.delta_token or secrets.token_hex(12)}"
    return body
