"""Why the organization is leaving: kept for the record, and ready to paste into the admin center.

Nothing here is sent anywhere. The admin center asks the same question in its own
feedback box when a subscription is cancelled; :meth:`Feedback.copy_text` gives the
admin a plain text to paste there.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import Enum

from app.texts import QT_TRANSLATE_NOOP, translate


class LeavingReason(Enum):
    """The reasons the Feedback page offers; the value is the record's stable word."""

    COST = "cost"
    OTHER_PROVIDER = "other_provider"
    CLOSING_OR_MERGING = "closing_or_merging"
    MISSING_FEATURES = "missing_features"
    TOO_COMPLEX = "too_complex"
    OTHER = "other"

    @property
    def label(self) -> str:
        """The reason in the wizard's language."""
        return translate("feedback", _LABELS[self])


_LABELS = {
    LeavingReason.COST: QT_TRANSLATE_NOOP("feedback", "It costs too much"),
    LeavingReason.OTHER_PROVIDER: QT_TRANSLATE_NOOP("feedback", "We are moving to another provider"),
    LeavingReason.CLOSING_OR_MERGING: QT_TRANSLATE_NOOP("feedback", "The business is closing or merging"),
    LeavingReason.MISSING_FEATURES: QT_TRANSLATE_NOOP("feedback", "Features we need are missing"),
    LeavingReason.TOO_COMPLEX: QT_TRANSLATE_NOOP("feedback", "It is too complex for us"),
    LeavingReason.OTHER: QT_TRANSLATE_NOOP("feedback", "Another reason"),
}


@dataclass(frozen=True)
class Feedback:
    """The admin's answer on the Feedback page; every part is optional."""

    reasons: tuple[LeavingReason, ...] = ()
    provider: str = ""      # the new provider's name, kept only with OTHER_PROVIDER
    comment: str = ""
    given_at: datetime | None = None

    def __post_init__(self) -> None:
        ordered = tuple(r for r in LeavingReason if r in self.reasons)
        object.__setattr__(self, "reasons", ordered)
        provider = self.provider.strip() if LeavingReason.OTHER_PROVIDER in ordered else ""
        object.__setattr__(self, "provider", provider)
        object.__setattr__(self, "comment", self.comment.strip())

    @property
    def empty(self) -> bool:
        return not self.reasons and not self.comment

    def copy_text(self) -> str:
        """A plain text for the admin center's own feedback box, in the wizard's language."""
        lines: list[str] = []
        for reason in self.reasons:
            if reason is LeavingReason.OTHER_PROVIDER and self.provider:
                lines.append(translate("feedback", "We are moving to another provider: {0}")
                             .format(self.provider))
            else:
                lines.append(reason.label)
        if self.comment:
            if lines:
                lines.append("")
            lines.append(self.comment)
        return "\n".join(lines)
