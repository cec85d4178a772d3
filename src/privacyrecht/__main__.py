"""``python -m privacyrecht``."""

from __future__ import annotations

import sys

from privacyrecht.cli import main

if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
