"""Logging set-up with a last line of defence: bearer tokens and URL secrets are masked.

The code never logs a token on purpose; this filter catches what a library
(urllib3, msal) might print.
"""

from __future__ import annotations

import functools
import logging
import re


@functools.cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    # Compiled on the first log record, not at import: every start imports this module, and
    # the three case-insensitive patterns cost about 10 ms before the wizard's first page.
    return (
        re.compile(r"(Bearer\s+)[A-Za-z0-9\-._~+/=]+", re.IGNORECASE),
        re.compile(r"((?:tempauth|access_token|refresh_token|client_secret|code)=)[^&\s\"']+",
                   re.IGNORECASE),
        re.compile(r"(\"(?:access_token|refresh_token|id_token|client_secret)\"\s*:\s*\")[^\"]+"),
    )


def redact(text: str) -> str:
    """``text`` with anything that looks like a credential replaced by ***."""
    for pattern in _patterns():
        text = pattern.sub(r"\1***", text)
    return text


class RedactingFilter(logging.Filter):
    """Masks credentials in every record that passes through a handler."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = redact(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        return True


def configure(verbose: bool = False) -> None:
    """Log to stderr: warnings by default, everything with --verbose."""
    handler = logging.StreamHandler()
    handler.addFilter(RedactingFilter())
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.DEBUG if verbose else logging.WARNING)
