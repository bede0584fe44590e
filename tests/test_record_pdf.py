"""The cancellation record's PDF: drawn with Qt, readable (its text names the subscription,
the dates and the proof), numbered pages, in the wizard's language, nothing secret."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication, QTranslator

from app.demo.graph_server import DemoGraphServer
from app.graph.client import GraphClient, StaticToken
from app.i18n import qm_folder
from app.record.pdf import write_pdf
from app.record.record import build_record
from tests.record_support import AT, DOMAIN, ONLINE, filled_state


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)


@pytest.fixture
def token(demo_server: DemoGraphServer) -> str:
    return demo_server.issue_token(user_id="admin")


@pytest.fixture
def record(demo_server: DemoGraphServer, token: str, tmp_path: Path, qapp) -> dict:
    graph = GraphClient(StaticToken(token), base_url=demo_server.graph_url)
    return build_record(filled_state(graph, tmp_path), created_at=AT)


def squeeze(text: str) -> str:
    return " ".join(text.split())


def test_the_pdf_names_the_subscription_the_dates_and_the_proof(record: dict, tmp_path: Path) -> None:
    path = write_pdf(record, tmp_path / "record.pdf")
    assert path.read_bytes().startswith(b"%PDF")
    text = squeeze(pdf_text(path))
    assert "Cancellation record" in text
    assert "Lille Bager ApS" in text
    assert ONLINE in text
    assert DOMAIN in text and "mx.newhost.example" in text
    assert "anna@lillebager.dk" in text
    for day in ("2026-12-01", "2026-12-31", "2027-03-31", "2027-05-30"):
        assert day in text
    assert "Data deleted" in text and "(estimated)" in text
    assert record["backup"]["manifest"]["sha256"] in text.replace(" ", "")
    assert "We are moving to another provider: Proton" in text
    assert "Only two of us, we talked." in text
    assert "Warning" in text
    pages = PdfReader(str(path)).pages
    assert f"Page 1 of {len(pages)}" in squeeze(pages[0].extract_text())
    assert len(pages) >= 2 and f"Page {len(pages)} of {len(pages)}" in squeeze(pages[-1].extract_text())
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


def test_drawn_off_the_gui_thread(record: dict, tmp_path: Path) -> None:
    errors: list[BaseException] = []

    def draw() -> None:
        try:
            write_pdf(record, tmp_path / "thread.pdf")
        except BaseException as exc:  # noqa: BLE001 - the test reports it
            errors.append(exc)

    worker = threading.Thread(target=draw)
    worker.start()
    worker.join(60)
    assert not errors
    assert ONLINE in squeeze(pdf_text(tmp_path / "thread.pdf"))


def test_the_pdf_is_in_the_wizards_language(record: dict, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))   # this checkout's .qm, not a shared one
    folder = qm_folder("da")
    if folder is None:
        pytest.skip("lrelease is not available to build the Danish translation")
    translator = QTranslator()
    assert translator.load(str(folder / "cancel365_da.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        text = squeeze(pdf_text(write_pdf(record, tmp_path / "da.pdf")))
    finally:
        QCoreApplication.removeTranslator(translator)
    assert "Annulleringsrapport" in text
    assert "Side 1 af" in text
    assert ONLINE in text


def test_nothing_secret_in_the_pdf(record: dict, token: str, tmp_path: Path) -> None:
    path = write_pdf(record, tmp_path / "record.pdf")
    assert token.encode() not in path.read_bytes()
    text = pdf_text(path)
    assert token not in text and token not in text.replace("\n", "")
    assert "Bearer" not in text


def test_a_folder_that_cannot_be_written_raises_and_leaves_nothing(record: dict,
                                                                   tmp_path: Path) -> None:
    with pytest.raises(OSError):
        write_pdf(record, tmp_path / "missing" / "record.pdf")
    assert not (tmp_path / "missing").exists()
    assert not [p for p in tmp_path.rglob("*") if p.name.endswith(".part")]
