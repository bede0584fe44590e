"""``cancel365 dns``: exit codes, JSON shape and the table, against a loopback DNS world."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator

import pytest

from app.cli import main
from tests.dns_world import DnsWorld


@pytest.fixture(scope="module")
def world() -> Iterator[DnsWorld]:
    with DnsWorld() as world:
        yield world


def run(world: DnsWorld, capsys, *args: str, server: str | None = None) -> tuple[int, str, str]:
    code = main(["dns", *args, "--nameserver", server or world.resolver.nameserver])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.mark.parametrize(("domains", "expected"), [
    (["moved.test"], 0),
    (["nullmx.test"], 0),
    (["m365.test"], 1),
    (["partly.test"], 1),
    (["mxmoved.test"], 1),
    (["nosuch.test"], 2),
    (["servfail.test"], 2),
    (["bad..name"], 2),
    (["moved.test", "m365.test"], 1),
    (["m365.test", "nosuch.test", "moved.test"], 2),
])
def test_exit_code_is_the_worst_domain(world, capsys, domains, expected):
    code, out, err = run(world, capsys, *domains)
    assert code == expected
    assert "Traceback" not in out + err


def test_json_has_one_object_per_domain_in_the_documented_shape(world, capsys):
    code, out, _ = run(world, capsys, "Blåbær.dk", "newstyle.test", "nosuch.test", "--json")

    data = json.loads(out)
    assert code == 2
    assert [d["domain"] for d in data] == ["Blåbær.dk", "newstyle.test", "nosuch.test"]
    assert [d["ascii"] for d in data] == ["xn--blbr-roah.dk", "newstyle.test", "nosuch.test"]
    assert [d["status"] for d in data] == ["microsoft", "microsoft", "error"]
    assert data[0]["error"] is None and "does not exist" in data[2]["error"]
    for domain in data:
        assert set(domain) == {"domain", "ascii", "status", "error", "records"}
        types = [r["type"] for r in domain["records"]]
        assert types[:2] == ["MX", "NS"] and "TXT" in types   # always there
        for record in domain["records"]:
            assert set(record) == {"name", "type", "values", "ttl", "points_to_microsoft",
                                   "advice"}
            assert isinstance(record["values"], list)
            assert record["points_to_microsoft"] in (True, False, None)
            assert record["advice"]
    spf = next(r for r in data[1]["records"] if r["type"] == "TXT")
    assert spf == {"name": "newstyle.test", "type": "TXT", "values": [], "ttl": None,
                   "points_to_microsoft": False,
                   "advice": "No SPF record. Add the one your new mail provider gives you."}
    mx = data[0]["records"][0]
    assert mx["values"] == ["0 xn--blbr-roah-dk.mail.protection.outlook.com"]
    assert mx["ttl"] == 3600 and mx["points_to_microsoft"] is True


def test_table_says_what_points_where_and_what_to_do(world, capsys):
    code, out, err = run(world, capsys, "m365.test", "moved.test")

    assert code == 1 and err == ""
    assert "m365.test: still points at Microsoft 365" in out
    assert "moved.test: nothing points at Microsoft 365 any more" in out
    mx_line = next(line for line in out.splitlines() if " MX " in line)
    assert "yes" in mx_line and "m365-test.mail.protection.outlook.com" in mx_line
    assert out.index("Step 1") < out.index("Step 2") < out.index("Step 3") < out.index("Step 4")
    assert "[✓] 1." in out  # moved.test's mail step is done


def test_problems_get_one_line_each_on_stderr(world, capsys):
    code, out, err = run(world, capsys, "nosuch.test", "servfail.test", "not a domain")

    assert code == 2
    lines = err.strip().splitlines()
    assert len(lines) == 3
    assert "NXDOMAIN" in lines[0] and "SERVFAIL" in lines[1] and "not a valid" in lines[2]
    assert out.count("could not be checked") == 3


def test_server_that_never_answers(world, capsys):
    code, out, err = run(world, capsys, "moved.test", "--timeout", "0.5", "--json",
                         server=world.silent.nameserver)
    assert code == 2
    assert json.loads(out)[0]["status"] == "error"
    assert "in time" in err


def test_bad_nameserver_is_one_line(world, capsys):
    code, out, err = run(world, capsys, "moved.test", server="127.0.0.1:notaport")
    assert code == 2 and out == ""
    assert err.strip().count("\n") == 0 and "is not a DNS server" in err


def test_the_installed_command_never_prints_a_traceback(world):
    result = subprocess.run(
        [sys.executable, "-m", "app", "dns", "m365.test", "nosuch.test", "--nameserver",
         world.resolver.nameserver], capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "nosuch.test does not exist in DNS" in result.stderr


@pytest.mark.parametrize("where", ["after", "before"])
def test_language_da_prints_headers_statuses_and_advice_in_danish(world, tmp_path, where):
    """``--language da``: the table's headers, the status line, yes/no and the advice in Danish,
    whether the option comes after the command or before it."""
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache"),
           "XDG_CONFIG_HOME": str(tmp_path / "config")}
    check = ["dns", "m365.test", "moved.test", "--nameserver", world.resolver.nameserver]
    language = ["--language", "da"]
    args = [*check, *language] if where == "after" else [*language, *check]
    result = subprocess.run(
        [sys.executable, "-m", "app", *args],
        capture_output=True, text=True, timeout=60, env=env)
    assert result.returncode == 1, result.stderr
    out = result.stdout
    header = next(line for line in out.splitlines() if "TTL" in line)
    assert header.split() == ["Post", "Type", "Microsoft", "365?", "TTL", "Værdi"]
    assert "m365.test: peger stadig på Microsoft 365" in out
    assert "moved.test: intet peger længere på Microsoft 365" in out
    mx_line = next(line for line in out.splitlines() if " MX " in line and "m365-test" in line)
    assert " ja " in mx_line
    assert "Næste trin:" in out and "Next steps" not in out
    assert "Trin 1" in out and "Step 1" not in out   # the advice, from app/domains/dns/advice.py


def test_an_unknown_option_is_named(capsys):
    with pytest.raises(SystemExit) as stopped:
        main(["dns", "-x"])
    assert stopped.value.code == 2
    err = capsys.readouterr().err
    assert "-x" in err and "required: DOMAIN" not in err


def test_no_domain_and_an_empty_domain_are_refused_plainly(capsys):
    assert main(["dns"]) == 2
    assert "give at least one domain" in capsys.readouterr().err
    assert main(["dns", ""]) == 2
    err = capsys.readouterr().err
    assert "empty domain name" in err and ": could not be checked" not in err


def test_json_into_a_pipe_that_closes_early_ends_without_a_traceback(world):
    command = [sys.executable, "-m", "app", "dns", *["m365.test"] * 40, "--json",
               "--nameserver", world.resolver.nameserver]
    producer = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert producer.stdout is not None
    producer.stdout.readline()    # `| head -1`: read one line, then go away
    producer.stdout.close()
    _, err = producer.communicate(timeout=60)
    assert b"Traceback" not in err and b"BrokenPipeError" not in err, err.decode()
