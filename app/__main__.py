"""``python -m app`` is the same as the ``cancel365`` command."""

import sys

if getattr(sys, "frozen", False):
    # In the PyInstaller bundle the backup's hashing process (app/backup/hash_worker.py) is
    # this program started again: freeze_support() runs it and exits, before the wizard is
    # imported. Only there: multiprocessing costs 5-15 ms of every start.
    import multiprocessing

    multiprocessing.freeze_support()

from app.cli import main  # noqa: E402

raise SystemExit(main())
