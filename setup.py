"""The one compiled part: quickXorHash's folding loop (app/backup/_quickxor.c).

Everything else is in pyproject.toml. The extension is optional: where no C compiler is
at hand, the build goes on without it and app/backup/quickxor.py folds in pure Python
(the same hashes, about ten times slower).
"""

from setuptools import Extension, setup

setup(ext_modules=[Extension("app.backup._quickxor", ["app/backup/_quickxor.c"], optional=True)])
