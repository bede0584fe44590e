"""The demo's 25 MB attachment: its message's MIME streamed from a seed, never held whole."""

from __future__ import annotations

import base64
import random
from collections.abc import Iterator
from email.message import EmailMessage

BIG_ATTACHMENT = 25 * 1024 * 1024


def stream_big(msg: EmailMessage, seed: str) -> Iterator[bytes]:
    """``msg`` (its headers set) as multipart/mixed: a short text and the video, in chunks."""
    boundary = "=_cancel365_demo_" + seed[-12:]
    msg["MIME-Version"] = "1.0"
    msg["Content-Type"] = f'multipart/mixed; boundary="{boundary}"'
    policy = msg.policy.clone(linesep="\r\n")
    yield b"".join(policy.fold_binary(k, v) for k, v in msg.items()) + b"\r\n"
    yield (f"--{boundary}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
           "Her er videoen fra butikken.\r\n\r\n").encode()
    yield (f"--{boundary}\r\nContent-Type: video/mp4\r\nContent-Transfer-Encoding: base64"
           f'\r\nContent-Disposition: attachment; filename="Butikken.mp4"\r\n\r\n').encode()
    rnd = random.Random(seed)
    block = rnd.randbytes(57 * 1024)            # 57 bytes -> one 76-character line
    left = BIG_ATTACHMENT
    while left > 0:
        part = block[:min(left, len(block))]
        left -= len(part)
        enc = base64.b64encode(part)
        yield b"".join(enc[i:i + 76] + b"\r\n" for i in range(0, len(enc), 76))
    yield f"\r\n--{boundary}--\r\n".encode()
