"""The demo server's ``/_demo/`` switches for scripts and tests: the lifecycle, app tokens, faults."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.demo.app_routes import client_credentials
from app.demo.budget import DEFAULT_APP
from app.demo.lifecycle import lifecycle_control
from app.demo.wire import GraphFault, JsonDict

if TYPE_CHECKING:
    from app.demo.graph_server import DemoGraphServer


def control_answer(demo: DemoGraphServer, method: str, path: str,
                   body: JsonDict | None) -> tuple[int, JsonDict | None]:
    """The status and JSON body for a control URL; GraphFault for a bad one."""
    if (answered := lifecycle_control(demo.lifecycle, method, path, body)) is not None:
        return answered
    if method == "POST" and path == "/_demo/token":   # the demo's client-credentials grant
        return client_credentials(
            demo.apps, lambda roles: demo.issue_token(
                user_id=None, scopes=roles,
                app_id=str((body or {}).get("client_id") or DEFAULT_APP)), body or {})
    if method == "POST" and path == "/_demo/faults" and body:
        try:
            demo.faults.add(body["kind"], body.get("match", ""),
                            times=int(body.get("times", 1)),
                            retry_after=body.get("retry_after", 1),
                            delay=float(body.get("delay", 0)),
                            method=body.get("method", ""))
        except (KeyError, ValueError) as exc:
            raise GraphFault(400, "BadRequest", f"Bad fault: {exc}") from None
        return 204, None
    if method == "DELETE" and path == "/_demo/faults":
        demo.faults.clear()
        return 204, None
    raise GraphFault(404, "NotFound", "Unknown control URL.")
