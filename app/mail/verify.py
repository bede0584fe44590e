"""Is a saved message whole? Graph gives no hash for a message, so the checks are:

the saved MIME parses (headers, and a multipart's closing boundary is there);
its ``Message-ID`` equals the ``internetMessageId`` Graph listed (when Graph
gives one); its size is what was received (mbox adds ``>`` to ``From `` lines
and its own headers, so there a little more) and plausible against the size
Graph listed (``PidTagMessageSize``, which counts Exchange's own form, not MIME).
"""

from __future__ import annotations

import re
from email.parser import BytesHeaderParser
from email.policy import compat32

_BOUNDARY = re.compile(r'boundary="?([^";]+)"?', re.I)


def check(data: bytes, *, received_size: int, listed_size: int | None, imid: str | None,
          exact: bool) -> str | None:
    """None when the message is whole, else the reason it is not."""
    if exact and len(data) != received_size:
        return f"saved {len(data)} bytes of {received_size} received"
    if not exact and len(data) < received_size * 0.98:
        return f"saved {len(data)} bytes of {received_size} received"
    end = data.find(b"\n\n")
    head = data[:end + 2] if end >= 0 else data
    try:
        headers = BytesHeaderParser(policy=compat32).parsebytes(head)
    except Exception as exc:  # noqa: BLE001 - any parser failure is the answer
        return f"the saved MIME does not parse ({type(exc).__name__})"
    if not headers.keys():
        return "the saved MIME has no headers"
    if imid:
        saved = "".join(str(headers.get("Message-ID", "")).split())
        if saved != "".join(imid.split()):
            return f"Message-ID {saved or '(none)'} is not the listed {imid}"
    ctype = str(headers.get("Content-Type", ""))
    if ctype.lower().startswith("multipart/"):
        m = _BOUNDARY.search(ctype)
        if m and f"--{m.group(1)}--".encode() not in data[-4096 - len(m.group(1)):]:
            return "the message ends before its last MIME part"
    if listed_size and listed_size > 4096 and not 0.3 * listed_size <= len(data) <= 3 * listed_size:
        return f"size {len(data)} is implausible against Graph's {listed_size}"
    return None
