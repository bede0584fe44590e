"""`pip install .` ships every file the app reads at run time, not only the .py files.

The check is the one setuptools makes when it builds the wheel: the packages pyproject's
``packages.find`` finds (namespace folders too, as for any pyproject-configured project),
and the ``package-data`` patterns for the files in them.
"""

from __future__ import annotations

import fnmatch
import re
import subprocess
import tomllib
from pathlib import Path

from setuptools import find_namespace_packages

ROOT = Path(__file__).resolve().parent.parent


def shipped(path: str, packages: set[str], patterns: list[str]) -> bool:
    folder, _, name = path.rpartition("/")
    return folder.replace("/", ".") in packages and any(fnmatch.fnmatch(name, p) for p in patterns)


def test_every_data_file_under_app_ui_resources_and_i18n_is_in_the_wheel():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    packages = set(find_namespace_packages(str(ROOT), include=config["packages"]["find"]["include"]))
    patterns = config["package-data"]["*"]
    tracked = subprocess.run(["git", "ls-files", "app", "ui", "resources", "i18n"], cwd=ROOT,
                             capture_output=True, text=True, check=True).stdout.split()
    # C sources that setup.py compiles go into the wheel as the built extension, not as data.
    compiled = set(re.findall(r'"((?:app|ui)/[\w/]+\.c)"', (ROOT / "setup.py").read_text()))
    assert compiled and all((ROOT / c).is_file() for c in compiled)
    data = [p for p in tracked if not p.endswith(".py") and p not in compiled]

    assert any(p.startswith("i18n/") and p.endswith(".ts") for p in data)
    assert [p for p in data if not shipped(p, packages, patterns)] == []
    assert not any(p.startswith(("tests", "tools", "benchmarks")) for p in packages)
