"""Outlook's limits per app per mailbox, enforced by the demo tenant when a test or benchmark asks.

Microsoft's page "Microsoft Graph service-specific throttling limits", section
"Outlook service limits": 4 concurrent requests and 10,000 API requests in a
10 minute period, "evaluated for each app ID and mailbox combination" (an app
over the limit in one mailbox can still reach the others). A later revision of
the same page words the 4 concurrent requests as a limit per app ID whatever the
mailbox; the error Graph sends names the mailbox ("Application is over its
MailboxConcurrency limit.", code ``ApplicationThrottled``, as reported in public
issue threads), so the demo keeps the per-mailbox reading of the facts file.

Off by default (``MailStore.limits is None``). :meth:`OutlookLimits.scaled`
shrinks the window for a test (e.g. 25 requests a second) so a short backup
meets the limit. Only the app's own requests count (the demo tenant has one app
per token), and only the requests that were let in: a refused one is not counted.
"""

from __future__ import annotations

import math
from collections import deque
from dataclasses import dataclass, field

from app.demo.wire import GraphFault

CONCURRENCY_MESSAGE = "Application is over its MailboxConcurrency limit."
REQUESTS_MESSAGE = "Application is over its MailboxRequests limit."   # our wording


@dataclass
class OutlookLimits:
    """The limits and what each mailbox used of them (the demo's MailStore lock guards it)."""

    concurrent: int = 4
    per_window: int = 10_000
    window: float = 600.0
    concurrency_retry_after: int = 1
    sent: dict[str, deque[float]] = field(default_factory=dict)   # user id -> admitted times
    refused: dict[str, int] = field(default_factory=dict)          # user id -> 429s answered

    @classmethod
    def scaled(cls, per_window: int, window: float, concurrent: int = 4) -> OutlookLimits:
        """The same limits on a smaller scale (a test's window of a second or two)."""
        return cls(concurrent=concurrent, per_window=per_window, window=window)

    def admit(self, user_id: str, in_progress: int, now: float) -> GraphFault | None:
        """None when this request (the ``in_progress``-th at once on the mailbox) may go;
        otherwise the 429 to answer, with Retry-After."""
        sent = self.sent.setdefault(user_id, deque())
        while sent and sent[0] <= now - self.window:
            sent.popleft()
        if in_progress > self.concurrent:
            return self._refuse(user_id, CONCURRENCY_MESSAGE, self.concurrency_retry_after)
        if len(sent) >= self.per_window:
            wait = max(1, math.ceil(sent[0] + self.window - now))
            return self._refuse(user_id, REQUESTS_MESSAGE, wait)
        sent.append(now)
        return None

    def _refuse(self, user_id: str, message: str, retry_after: int) -> GraphFault:
        self.refused[user_id] = self.refused.get(user_id, 0) + 1
        return GraphFault(429, "ApplicationThrottled", message,
                          headers={"Retry-After": str(retry_after)})
