"""Save the cancellation record into a folder the admin chose: the JSON and the PDF, side by side.

Runs off the GUI thread: it hashes the backup manifest and draws the PDF.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from app.errors import Cancel365Error
from app.record.pdf import write_pdf
from app.record.record import build_record, record_name, write_json
from app.state import CancellationState, now
from app.texts import translate


class RecordNotSavedError(Cancel365Error):
    """The record could not be written where the admin asked."""


@dataclass(frozen=True)
class SavedRecord:
    json_path: Path
    pdf_path: Path

    @property
    def folder(self) -> Path:
        return self.json_path.parent


def free_stem(folder: Path, day: date, mine: str | None = None) -> str:
    """``cancellation-record-<day>``, or ``-2``, ``-3``… when another record of that day is there.

    ``mine`` is the name this run wrote before: saving again replaces it.
    """
    base = record_name(day, "json").removesuffix(".json")
    stem, number = base, 1
    while stem != mine and any((folder / f"{stem}.{s}").exists() for s in ("json", "pdf")):
        number += 1
        stem = f"{base}-{number}"
    return stem


def save_record(state: CancellationState, folder: str | os.PathLike[str], *,
                mine: str | None = None) -> SavedRecord:
    """Build the record from the state and write ``<stem>.json`` and ``<stem>.pdf`` in ``folder``."""
    target = Path(folder).absolute()
    created = now()
    try:
        if not target.is_dir():
            raise FileNotFoundError(str(target))
        stem = free_stem(target, created.astimezone().date(), mine)
        record = build_record(state, created_at=created)
        json_path = write_json(record, target / f"{stem}.json")
        try:
            pdf_path = write_pdf(record, target / f"{stem}.pdf")
        except BaseException:
            json_path.unlink(missing_ok=True)   # both files or neither: a retry keeps the name
            raise
    except OSError as exc:
        raise RecordNotSavedError(translate(
            "record", "The record could not be saved in {0}: {1}. Choose another folder, "
            "or make room and try again.").format(target, exc.strerror or exc)) from exc
    return SavedRecord(json_path, pdf_path)
