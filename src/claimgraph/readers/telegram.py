"""Telegram Desktop exports (``result.json``): each text message of a channel is a document.

The export is one JSON object, ``{"name": ..., "type": "public_channel", "messages": [...]}``, or
for a whole account ``{"chats": {"list": [chat, ...]}}``. Messages are streamed one by one and keep
their own JSON text as raw bytes. Service messages (pins, joins) and messages without text (a
photo alone) are skipped. Text entities (bold, links, hashtags) are flattened to their text.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

from claimgraph.readers.items import PLAIN, document_from_text
from claimgraph.readers.json_stream import JsonStream
from claimgraph.readers.registry import Reader
from claimgraph.readers.source import ReadContext, Source
from claimgraph.records import RawDocument, ReadFailure

_CHAT_TYPES = (
    b'_channel"',
    b'_supergroup"',
    b'_group"',
    b'"personal_chat"',
    b'"saved_messages"',
    b'"bot_chat"',
)
_CHAT_LISTS = ("chats", "left_chats")


def _sniff(head: bytes) -> float:
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if not start.startswith(b"{"):
        return 0.0
    if b'"messages"' in head and any(t in head for t in _CHAT_TYPES):
        return 0.95
    if b'"chats"' in head and b'"list"' in head and b'"personal_information"' in head:
        return 0.95
    return 0.0


def flatten_text(text: Any) -> str:
    """A message's ``text``: a string, or a list of strings and ``{"type", "text"}`` entities."""
    if isinstance(text, str):
        return text
    if isinstance(text, list):
        return "".join(
            part if isinstance(part, str) else str(part.get("text", ""))
            for part in text
            if isinstance(part, str | dict)
        )
    return ""


def _published(message: dict[str, Any]) -> str | None:
    # date_unixtime is unambiguous; "date" is in the exporting computer's local time.
    stamp = message.get("date_unixtime")
    if isinstance(stamp, str | int) and str(stamp).isdigit():
        return datetime.fromtimestamp(int(stamp), UTC).isoformat()
    date = message.get("date")
    return date if isinstance(date, str) else None


def _message_uri(path: str, chat: dict[str, Any], message_id: Any, many_chats: bool) -> str:
    username = chat.get("username")
    if isinstance(username, str) and username:
        return f"https://t.me/{username.lstrip('@')}/{message_id}"
    if many_chats:
        return f"{path}#chat-{chat.get('id', 'unknown')}-message-{message_id}"
    return f"{path}#message-{message_id}"


def _message_item(
    message: Any, raw: str, chat: dict[str, Any], path: str, many_chats: bool
) -> RawDocument | None:
    if not isinstance(message, dict) or message.get("type") != "message":
        return None
    text = flatten_text(message.get("text"))
    if not text.strip():
        text = flatten_text(message.get("text_entities"))
    if not text.strip():
        return None
    return document_from_text(
        _message_uri(path, chat, message.get("id"), many_chats),
        raw.encode("utf-8"),
        PLAIN,
        text,
        outlet=chat.get("name") if isinstance(chat.get("name"), str) else None,
        published=_published(message),
        byline=message.get("author") if isinstance(message.get("author"), str) else None,
        forwarded_from=message.get("forwarded_from")
        if isinstance(message.get("forwarded_from"), str)
        else None,
    )


def _chat(
    js: JsonStream, path: str, *, many_chats: bool, top_level: bool
) -> Iterator[RawDocument | ReadFailure]:
    """One chat object; its fields before "messages" (name, type, id) describe the messages.

    At the top level of an account export, "chats"/"left_chats" hold ``{"list": [chat, ...]}``.
    """
    chat: dict[str, Any] = {}
    for key in js.members():
        if key == "messages":
            for message, raw in js.items():
                item = _message_item(message, raw, chat, path, many_chats)
                if item is not None:
                    yield item
        elif top_level and key in _CHAT_LISTS and js.peek() == "{":
            for inner in js.members():
                if inner != "list":
                    js.value()
                    continue
                for _ in js.elements():
                    yield from _chat(js, path, many_chats=True, top_level=False)
        else:
            chat[key], _ = js.value()


def _read(source: Source, ctx: ReadContext) -> Iterator[RawDocument | ReadFailure]:
    js = JsonStream(source.stream, ctx.max_bytes)
    yield from _chat(js, source.uri, many_chats=False, top_level=True)


READER = Reader(name="telegram", extensions=(), sniff=_sniff, read=_read)
