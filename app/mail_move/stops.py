"""What ends one user's move early: the stop the admin asked for, or a reason it cannot go on."""

from __future__ import annotations


class StopUser(Exception):  # noqa: N818 - a control-flow signal, not an error
    """This user cannot go on (quota, login); the message says why."""

    def __init__(self, message: str, *, login: bool = False) -> None:
        super().__init__(message)
        self.login = login


class Stopped(Exception):  # noqa: N818 - a control-flow signal
    """The move's stop event was set: this user ends where it is, to go on next run."""
