"""The errors an admin can meet, each with a message that says what to do.

Every error the core raises on purpose derives from :class:`Cancel365Error`.
Its ``str()`` is a complete sentence for the admin; it never contains a token,
a secret or a pre-authenticated URL.
"""

from __future__ import annotations


class Cancel365Error(Exception):
    """Base of every error the product explains to the admin."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class GraphError(Cancel365Error):
    """Microsoft Graph answered with an error it will keep giving on retry."""

    def __init__(
        self,
        message: str,
        *,
        status: int,
        code: str = "",
        graph_message: str = "",
        request_id: str = "",
    ) -> None:
        details = []
        if code:
            details.append(f"Graph said: {code}")
            if graph_message:
                details[-1] += f" ({graph_message})"
        if request_id:
            details.append(f"request ID {request_id}")
        full = message if not details else f"{message} [{'; '.join(details)}]"
        super().__init__(full)
        self.status = status
        self.code = code
        self.graph_message = graph_message
        self.request_id = request_id


class PermissionMissingError(GraphError):
    """403: the signed-in account or app lacks a permission or an admin role."""


class NotSignedInError(GraphError):
    """401 even after a fresh token: the sign-in is no longer valid."""


class NotFoundError(GraphError):
    """404: the thing asked for does not exist (or is not provisioned yet)."""


class ThrottledError(GraphError):
    """Graph kept throttling after every retry the client is allowed."""


class ServiceUnavailableError(GraphError):
    """Graph kept failing with a server error after every retry."""


class NetworkError(Cancel365Error):
    """The connection to Microsoft 365 failed (no network, DNS, TLS, reset)."""


class DemoDataError(Cancel365Error):
    """The demo tenant's data files are missing or malformed."""
