"""Build step: write the publisher's client ID (from $CANCEL365_PUBLISHER_CLIENT_ID) into
app/_publisher_build.py, which the packaged build carries (see app/publisher.py).

    CANCEL365_PUBLISHER_CLIENT_ID=1b2c3d4e-... python tools/write_publisher.py

Without the variable it writes nothing: the build then guides each admin through
registering Cancel365 in their own organization.
"""

from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from app.publisher import ENVIRONMENT, GENERATED, write_generated  # noqa: E402

if __name__ == "__main__":
    value = os.environ.get(ENVIRONMENT, "").strip()
    if not value:
        GENERATED.unlink(missing_ok=True)
        print(f"{ENVIRONMENT} is not set: no publisher client ID in this build.")
    else:
        print(f"Wrote {write_generated(value)}")
