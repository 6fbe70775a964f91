"""``python -m app``: the same entry point as the ``saksi`` command."""

from app.cli import main

raise SystemExit(main())
