"""Is a saved message whole? Graph gives no hash for a message, so the checks are:

the saved MIME parses (its header fields, read as the email package reads them, and a
multipart's closing boundary is there);
its ``Message-ID`` equals the ``internetMessageId`` Graph listed (when Graph
gives one); its size is what was received (mbox adds ``>`` to ``From `` lines
and its own headers, so there a little more) and plausible against the size
Graph listed (``PidTagMessageSize``, which counts Exchange's own form, not MIME).
"""

from __future__ import annotations

import re

_BOUNDARY = re.compile(r'boundary="?([^";]+)"?', re.I)
# A header line as the email package's feedparser sees one (its headerRE): a field name of
# printable ASCII but ":", then ":"; a line starting with a space or tab continues the field.
_FIELD = re.compile(rb"[\041-\071\073-\176]*:")


def header_fields(head: bytes) -> dict[str, str]:
    """The head's fields (lower-case name: unfolded value, the first of each name), read as
    the email package's feedparser reads them but without building a Message (it cost a
    third of saving a message, profiled): a "From " line first is the envelope, and the
    head ends at the first line that is neither a field nor a continuation."""
    fields: dict[str, str] = {}
    last: str | None = None
    for n, raw in enumerate(head.split(b"\n")):
        line = raw.rstrip(b"\r")
        if not line:
            break
        if n == 0 and line.startswith(b"From "):
            continue
        if line[:1] in (b" ", b"\t"):
            if last is not None:
                fields[last] += " " + line.strip().decode("latin-1")
            continue
        m = _FIELD.match(line)
        if m is None:
            break                                       # the body starts here (a defect)
        name = line[:m.end() - 1].decode("ascii").lower()
        last = name if name not in fields else None      # continuations of a repeat: dropped
        if name not in fields:
            fields[name] = line[m.end():].strip().decode("latin-1")
    return fields


def check(data: bytes, *, received_size: int, listed_size: int | None, imid: str | None,
          exact: bool) -> str | None:
    """None when the message is whole, else the reason it is not."""
    if exact and len(data) != received_size:
        return f"saved {len(data)} bytes of {received_size} received"
    if not exact and len(data) < received_size * 0.98:
        return f"saved {len(data)} bytes of {received_size} received"
    end = data.find(b"\n\n")
    headers = header_fields(data[:end + 2] if end >= 0 else data[:65536])
    if not headers:
        return "the saved MIME has no headers"
    if imid:
        saved = "".join(headers.get("message-id", "").split())
        if saved != "".join(imid.split()):
            return f"Message-ID {saved or '(none)'} is not the listed {imid}"
    ctype = headers.get("content-type", "")
    if ctype.lower().startswith("multipart/"):
        m = _BOUNDARY.search(ctype)
        if m and f"--{m.group(1)}--".encode() not in data[-4096 - len(m.group(1)):]:
            return "the message ends before its last MIME part"
    if listed_size and listed_size > 4096 and not 0.3 * listed_size <= len(data) <= 3 * listed_size:
        return f"size {len(data)} is implausible against Graph's {listed_size}"
    return None
