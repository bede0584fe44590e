"""The wizard's backup in a process of its own (app/backup/process.py): the same verified
files as a backup here, progress back, tokens from the wizard's own provider, Cancel
passed on, and Graph's error as itself."""

from __future__ import annotations

from app.backup.manifest import ItemState
from app.backup.process import BackupProcess, RemoteControl
from app.backup.progress import Progress
from app.demo.session import DemoTokens
from app.errors import NotSignedInError
from app.graph.client import GraphClient
from tests.backup_support import app_graph, states, team_plan


class CountedTokens:
    """The wizard's token provider, counting what the child asks of it."""

    def __init__(self, tokens: DemoTokens) -> None:
        self.tokens, self.asked = tokens, 0

    def access_token(self, *, force_refresh: bool = False) -> str:
        self.asked += 1
        return self.tokens.access_token(force_refresh=force_refresh)


class RevokedTokens:
    def access_token(self, *, force_refresh: bool = False) -> str:
        raise NotSignedInError("Your sign-in has ended. Sign in again.", status=401)


def test_the_child_backs_up_with_the_wizards_tokens(demo_server, tmp_path):
    graph, tokens = app_graph(demo_server)
    counted = CountedTokens(tokens)
    events: list[Progress] = []
    summary = BackupProcess(GraphClient(counted, base_url=graph.base_url), team_plan(graph),
                            str(tmp_path), control=RemoteControl(),
                            on_progress=events.append).run()
    verified = [s for s in states(str(tmp_path)).values() if s is ItemState.VERIFIED]
    assert summary.files_verified == len(verified) > 0 and summary.complete
    assert events[-1].event == "finished"
    assert events[-1].files_done == summary.files_in_backup
    assert 1 <= counted.asked <= 2   # one token for the run (kept), not one per request


def test_cancel_before_the_child_listens_still_cancels(demo_server, tmp_path):
    graph, _ = app_graph(demo_server)
    control = RemoteControl()
    control.cancel()
    summary = BackupProcess(graph, team_plan(graph), str(tmp_path), control=control,
                            on_progress=lambda _: None).run()
    assert summary.cancelled and not summary.complete


def test_an_ended_sign_in_stops_the_backup_with_its_own_error(demo_server, tmp_path):
    graph, _ = app_graph(demo_server)
    plan = team_plan(graph)
    try:
        BackupProcess(GraphClient(RevokedTokens(), base_url=graph.base_url), plan,
                      str(tmp_path), control=RemoteControl(), on_progress=lambda _: None).run()
    except NotSignedInError as error:
        assert error.status == 401 and "Sign in again" in str(error)
    else:
        raise AssertionError("the backup went on without a token")
