"""Walk a large JSON document without loading it: one value at a time, with its exact raw text.

A Telegram export is one JSON object whose ``messages`` array can run to gigabytes. ``JsonStream``
decodes the byte stream incrementally and hands out each array item with the raw text it was
written as (so a document keeps its own bytes), using the C decoder (``raw_decode``) per value.
A value cut off at the end of the buffer is retried after reading more; the buffer grows at least
by its own size each time, so the work stays linear in the input.
"""

from __future__ import annotations

import codecs
import json
from collections.abc import Iterator
from typing import Any, BinaryIO

from claimgraph.readers.source import ReadError, format_size, one_line

_CHUNK = 1024 * 1024
_WHITESPACE = " \t\r\n"
_TOKEN_SLACK = 64  # longer than any partial literal or sane number
_decoder = json.JSONDecoder()


class JsonStream:
    def __init__(self, stream: BinaryIO, max_value_bytes: int) -> None:
        self._stream = stream
        self._decoder = codecs.getincrementaldecoder("utf-8-sig")()
        self._buf = ""
        self._pos = 0
        self._eof = False
        self._max_chars = max_value_bytes  # a character is at least one byte
        self.consumed = 0  # characters before the buffer (for error positions)

    def _more(self, at_least: int = _CHUNK) -> bool:
        """Append at least ``at_least`` more characters (or everything left); False at the end."""
        if self._eof:
            return False
        if self._pos:
            self.consumed += self._pos
            self._buf = self._buf[self._pos :]
            self._pos = 0
        parts = [self._buf]
        added = 0
        while added < at_least:
            data = self._stream.read(max(_CHUNK, at_least - added))
            try:
                text = self._decoder.decode(data, final=not data)
            except UnicodeDecodeError as exc:
                raise ReadError(
                    f"not valid UTF-8 near character {self.consumed}: {exc.reason}"
                ) from exc
            parts.append(text)
            added += len(text)
            if not data:
                self._eof = True
                break
        self._buf = "".join(parts)
        return added > 0

    def peek(self) -> str:
        """The next non-whitespace character ("" at the end of the input)."""
        while True:
            buf, pos = self._buf, self._pos
            n = len(buf)
            while pos < n and buf[pos] in _WHITESPACE:
                pos += 1
            self._pos = pos
            if pos < n:
                return buf[pos]
            if not self._more():
                return ""

    def expect(self, char: str) -> None:
        found = self.peek()
        if found != char:
            where = self.consumed + self._pos
            raise ReadError(
                f"malformed JSON at character {where}: expected {char!r}, found "
                + (repr(found) if found else "the end of the file (truncated?)")
            )
        self._pos += 1

    def skip(self, char: str) -> bool:
        """Consume ``char`` if it comes next."""
        if self.peek() == char:
            self._pos += 1
            return True
        return False

    def value(self) -> tuple[Any, str]:
        """The next JSON value and the exact text it was written as."""
        self.peek()
        while True:
            start = self._pos
            try:
                obj, end = _decoder.raw_decode(self._buf, start)
            except json.JSONDecodeError as exc:
                # Cut off by the buffer's end (rather than wrong) when the error is an open string
                # or sits in the last few characters, where a partial token can be.
                near_end = len(self._buf) - exc.pos <= _TOKEN_SLACK
                if (near_end or exc.msg.startswith("Unterminated string")) and self._grow(start):
                    continue
                truncated = self._eof and (near_end or exc.msg.startswith("Unterminated"))
                raise ReadError(
                    f"malformed JSON at character {self.consumed + exc.pos}: {exc.msg}"
                    + ("; the file ends early (truncated?)" if truncated else "")
                ) from exc
            except (ValueError, RecursionError) as exc:
                # Python's limit on integer digits, or nesting deeper than the parser goes.
                raise ReadError(
                    one_line(
                        f"unreadable JSON value at character {self.consumed + start}: "
                        f"{exc or type(exc).__name__}"
                    )
                ) from exc
            if end >= len(self._buf) and self._grow(start):
                continue  # a number at the buffer's end may go on in the next chunk
            self._pos = end
            return obj, self._buf[start:end]

    def _grow(self, start: int) -> bool:
        pending = len(self._buf) - start
        if pending > self._max_chars:
            raise ReadError(
                f"a JSON value at character {self.consumed + start} is larger than "
                f"{format_size(self._max_chars)}, the limit per article"
            )
        return self._more(max(_CHUNK, pending))

    def elements(self) -> Iterator[int]:
        """The positions of the array that comes next; the caller consumes each element."""
        self.expect("[")
        if self.skip("]"):
            return
        index = 0
        while True:
            yield index
            index += 1
            if self.skip(","):
                continue
            self.expect("]")
            return

    def items(self) -> Iterator[tuple[Any, str]]:
        """Each value of the array that comes next, with its raw text."""
        for _ in self.elements():
            yield self.value()

    def members(self) -> Iterator[str]:
        """The keys of the object that comes next; the caller consumes each member's value."""
        self.expect("{")
        if self.skip("}"):
            return
        while True:
            key, _ = self.value()
            if not isinstance(key, str):
                raise ReadError("malformed JSON: an object key is not a string")
            self.expect(":")
            yield key
            if self.skip(","):
                continue
            self.expect("}")
            return
