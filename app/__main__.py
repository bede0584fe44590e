"""``python -m app`` is the same as the ``cancel365`` command."""

from app.cli import main

raise SystemExit(main())
