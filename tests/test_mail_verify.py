"""The saved message's check reads header fields as the email package does, without its cost."""

from __future__ import annotations

from email.parser import BytesHeaderParser
from email.policy import compat32

from app.demo.graph_server import DemoGraphServer
from app.mail.verify import check, header_fields
from tests.mail_support import demo_box


def test_header_fields_match_the_email_package_on_every_demo_message(
        demo_server: DemoGraphServer) -> None:
    box = demo_box(demo_server)
    for message in box.messages.values():
        if message.kind == "big":
            continue
        data = message.mime(box.address).replace(b"\r\n", b"\n")
        ours = header_fields(data[:data.find(b"\n\n") + 2])
        theirs = BytesHeaderParser(policy=compat32).parsebytes(data)
        assert ours.get("message-id", "") == str(theirs.get("Message-ID", "")).strip()
        assert " ".join(ours.get("content-type", "").split()) == \
            " ".join(str(theirs.get("Content-Type", "")).split())
        assert set(ours) == {k.lower() for k in theirs.keys()}  # noqa: SIM118 - a Message


def test_a_head_that_is_not_mail_fails_and_a_cut_multipart_fails() -> None:
    assert check(b"\n\nno headers", received_size=12, listed_size=None, imid=None,
                 exact=True) == "the saved MIME has no headers"
    cut = b'Content-Type: multipart/mixed; boundary="b1"\n\n--b1\nx\n'
    assert check(cut, received_size=len(cut), listed_size=None, imid=None,
                 exact=True) == "the message ends before its last MIME part"
    whole = cut + b"--b1--\n"
    assert check(whole, received_size=len(whole), listed_size=None, imid="<a@b>",
                 exact=True) == "Message-ID (none) is not the listed <a@b>"
    folded = b"Message-ID:\n <a@b>\n\nbody"
    assert check(folded, received_size=len(folded), listed_size=None, imid="<a@b>",
                 exact=True) is None
