"""E-mail (.eml): the message body (plain text, else its HTML turned to text), with From, Date and Subject
as metadata. Attachments are not read: save them beside the message to check them too."""

from __future__ import annotations

import email
import email.policy
import email.utils
from email.message import EmailMessage

from . import Document, Metadata, Unreadable, non_empty


def extract(data: bytes) -> Document:
    message = email.message_from_bytes(data, policy=email.policy.default)
    if not isinstance(message, EmailMessage) or not (message["From"] or message["Subject"] or message["Date"]):
        raise Unreadable("corrupt e-mail (no From, Subject or Date header)")
    body = message.get_body(preferencelist=("plain", "html"))
    if body is None:
        raise Unreadable("empty after extraction (an e-mail with no text body)")
    content = body.get_content()
    if body.get_content_type() == "text/html":
        from . import html

        content = html.extract(content.encode("utf-8")).text
    text = content.replace("\r\n", "\n").replace("\r", "\n")
    date = None
    if message["Date"]:
        try:
            date = email.utils.parsedate_to_datetime(str(message["Date"])).date().isoformat()
        except (TypeError, ValueError):
            date = str(message["Date"])
    meta = Metadata(title=str(message["Subject"]) if message["Subject"] else None,
                    author=str(message["From"]) if message["From"] else None, date=date)
    return Document(non_empty(text, "e-mail"), "eml", meta)
