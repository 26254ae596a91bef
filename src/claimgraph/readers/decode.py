"""Bytes to text: byte-order mark, a declared charset, UTF-8, then charset-normalizer.

The raw bytes are always kept by the reader; this only decides which text to clean. Whenever the
text is not a faithful decoding (undecodable bytes replaced, a file mixing UTF-8 with a legacy
encoding, a declared charset that lies) the result carries a one-line ``note`` saying so.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from charset_normalizer import from_bytes
from charset_normalizer.md import mess_ratio

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Browsers decode these labels as windows-1252 (WHATWG Encoding Standard), and so do we: pages
# labelled latin-1 routinely carry curly quotes and euro signs from the 0x80-0x9F range.
_WINDOWS_1252_LABELS = frozenset({"latin_1", "iso8859_1", "ascii", "cp819"})

# Bounded quantifiers only: this runs over the first few KB of untrusted input.
_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,512}?charset\s{0,8}=\s{0,8}["']?\s{0,8}([a-z0-9_:.\-]{1,40})""",
    re.IGNORECASE,
)
_XML_ENCODING = re.compile(
    rb"""<\?xml[^>]{0,200}?encoding\s{0,8}=\s{0,8}["']([a-z0-9_:.\-]{1,40})""", re.IGNORECASE
)
_PRESCAN_BYTES = 4096

# Legacy encodings by how common they are on the web (W3Techs), for ties between detections.
_COMMON_ENCODINGS = {
    name: rank
    for rank, name in enumerate(
        (
            "cp1252",
            "cp1251",
            "koi8_r",
            "koi8_u",
            "iso8859_15",
            "cp1250",
            "iso8859_2",
            "gb18030",
            "gbk",
            "shift_jis",
            "euc_jp",
            "euc_kr",
            "big5",
            "cp1256",
            "cp1253",
            "cp1254",
            "cp1255",
            "iso8859_5",
            "cp1257",
        )
    )
}
_CHAOS_TOLERANCE = 0.02
_ALWAYS_SCORED = ("cp1252", "cp1251", "koi8_r", "koi8_u", "iso8859_15", "cp1250", "iso8859_5")
_SAMPLE_BYTES = 16 * 1024
_DETECTION_BYTES = 192 * 1024
_NUL_REPLACEMENT = "\ufffd"
# BOM-less UTF-16: at least this share of code units has a NUL byte (spaces, digits, newlines
# are U+00xx even in Cyrillic text, about 15 % of characters).
_WIDE_NUL_SHARE = 0.05


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str
    note: str | None = None


def codec_name(label: str | None) -> str | None:
    """Python's codec name for a charset label ("ISO-8859-1" -> "cp1252"), None if unknown."""
    if not label:
        return None
    try:
        name = codecs.lookup(label.strip().strip("\"'")).name.replace("-", "_")
    except LookupError:
        return None
    if name in _WINDOWS_1252_LABELS:
        return "cp1252"
    return name


def declared_html_charset(head: bytes) -> str | None:
    """The charset a page declares in its first bytes (``<meta charset>``, XML declaration)."""
    window = head[:_PRESCAN_BYTES]
    match = _META_CHARSET.search(window) or _XML_ENCODING.search(window)
    return match.group(1).decode("ascii") if match else None


def charset_from_content_type(content_type: str | None) -> str | None:
    """``text/html; charset=KOI8-R`` -> ``KOI8-R``."""
    if not content_type:
        return None
    for part in content_type.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return None


def decode_bytes(data: bytes, declared: str | None = None) -> Decoded:
    """Decode ``data``: BOM, then a declared charset, then UTF-8, then detection."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _finish(_decode_lossy(data[len(bom) :], encoding))

    # Before UTF-8: BOM-less UTF-16 Cyrillic is all bytes below 0x80, valid UTF-8 of nonsense.
    utf16 = utf16_without_bom(data)
    if utf16:
        return _finish(_decode_lossy(data, utf16))

    note: str | None = None
    declared_codec = codec_name(declared)
    if declared_codec and not declared_codec.startswith(("utf_16", "utf_32")):
        try:
            text = data.decode(declared_codec)
        except UnicodeDecodeError:
            text = None
            note = f"declared charset {declared} does not match the content"
        if text is not None:
            if declared_codec != "utf_8" and not data.isascii() and _is_utf8(data):
                # A legacy label on bytes that are valid UTF-8 is almost always a stale label.
                return _finish(
                    Decoded(
                        data.decode("utf-8"),
                        "utf-8",
                        f"declared charset {declared} but the content is UTF-8",
                    )
                )
            return _finish(Decoded(text, _label(declared_codec)))

    if _is_utf8(data):
        return _finish(Decoded(data.decode("utf-8"), "utf-8", note))

    mixed = _decode_mixed(data)
    if mixed is not None:
        return _finish(mixed)

    return _finish(_detect(data, note))


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _label(codec: str) -> str:
    return codec.replace("_", "-")


def _decode_lossy(data: bytes, encoding: str, note: str | None = None) -> Decoded:
    try:
        return Decoded(data.decode(encoding), _label(encoding), note)
    except UnicodeDecodeError:
        text = data.decode(encoding, errors="replace")
        bad = text.count("\ufffd")
        return Decoded(
            text,
            _label(encoding),
            _join(
                note, f"{bad} undecodable byte sequence(s) in {_label(encoding)} replaced by U+FFFD"
            ),
        )


def utf16_without_bom(data: bytes) -> str | None:
    """ "utf-16-le"/"utf-16-be" when ``data`` reads as BOM-less UTF-16 text, else None.

    Such text has NUL bytes on one side of its code units only (ASCII and Latin have NUL high
    bytes; Cyrillic has 0x04, with NULs left for spaces and digits), many of them, and decodes
    to printable characters. Random or compressed bytes can have a NUL or two on one side by
    chance and decode to printable CJK: the share of NULs tells them apart.
    """
    sample = data[:4096]
    sample = sample[: len(sample) // 2 * 2]
    if len(sample) < 4:
        return None
    even_nuls, odd_nuls = sample[0::2].count(0), sample[1::2].count(0)
    if even_nuls and odd_nuls:
        return None
    if max(even_nuls, odd_nuls) < _WIDE_NUL_SHARE * len(sample) / 2:
        return None
    if odd_nuls:
        codec = "utf-16-le"
    elif even_nuls:
        codec = "utf-16-be"
    else:
        return None
    try:
        text = sample.decode(codec)
    except UnicodeDecodeError:
        return None
    return codec if _mostly_printable(text) else None


def wide_bom_codec(data: bytes) -> str | None:
    """The UTF-16/32 codec whose BOM opens ``data`` when what follows reads as text, else None.

    Random bytes open with FF FE or FE FF one time in 32,768 and then decode to unassigned,
    private-use and surrogate code points; real UTF-16/32 text decodes to printable characters.
    """
    for bom, encoding in _BOMS:
        if encoding.startswith("utf-8") or not data.startswith(bom):
            continue
        body = data[len(bom) : len(bom) + 4096]
        width = 4 if encoding.startswith("utf-32") else 2
        body = body[: len(body) // width * width]
        return encoding if _mostly_printable(body.decode(encoding, errors="replace")) else None
    return None


def _mostly_printable(text: str) -> bool:
    printable = sum((ch.isprintable() and ch != "\ufffd") or ch in "\n\r\t" for ch in text)
    return printable >= 0.95 * len(text)


def _decode_mixed(data: bytes) -> Decoded | None:
    """A UTF-8 file with damaged bytes, or with lines in a legacy encoding: decode line by line.

    Concatenated scrapes mix UTF-8 lines with windows-1251 or -1252 ones; a cut or corrupted file
    has stray invalid bytes inside UTF-8 lines. A line that is not UTF-8 but still mostly reads as
    UTF-8 keeps UTF-8 (bad bytes replaced); other such lines use the legacy encoding detected on
    them. Returns None when nothing in the file is UTF-8 beyond ASCII: then it is one legacy
    encoding throughout.
    """
    lines = data.split(b"\n")
    kinds: list[str] = []  # per line: "utf-8", "damaged", "legacy"
    for line in lines:
        if line.isascii() or _is_utf8(line):
            kinds.append("utf-8")
            continue
        as_utf8 = line.decode("utf-8", errors="replace")
        invalid = as_utf8.count("\ufffd")
        non_ascii = len(as_utf8) - len(as_utf8.encode("ascii", errors="ignore")) - invalid
        kinds.append("damaged" if non_ascii >= invalid else "legacy")
    utf8_evidence = any(
        kind == "damaged" or (kind == "utf-8" and not line.isascii())
        for kind, line in zip(kinds, lines, strict=True)
    )
    if not utf8_evidence or all(kind == "utf-8" for kind in kinds):
        return None
    legacy_lines = [line for kind, line in zip(kinds, lines, strict=True) if kind == "legacy"]
    legacy = "cp1252"
    if legacy_lines:
        detected = _detect(b"\n".join(legacy_lines[:200]), None).encoding
        if detected.replace("-", "_") not in {"utf_8", "ascii"}:
            legacy = detected
    replaced = 0
    parts: list[str] = []
    for kind, line in zip(kinds, lines, strict=True):
        decoded = line.decode("utf-8" if kind != "legacy" else legacy, errors="replace")
        if kind != "utf-8":
            replaced += decoded.count("\ufffd")
        parts.append(decoded)
    text = "\n".join(parts)
    if legacy_lines:
        note = (
            f"mixed encodings: {len(legacy_lines)} line(s) decoded as {legacy}, the rest as utf-8"
        )
        if replaced:
            note += f"; {replaced} undecodable byte sequence(s) replaced by U+FFFD"
        return Decoded(text, "mixed", note)
    return Decoded(
        text,
        "utf-8",
        f"invalid UTF-8: {replaced} byte sequence(s) replaced by U+FFFD",
    )


def _detect(data: bytes, note: str | None) -> Decoded:
    encoding = _likely_encoding(data)
    if encoding is None:
        text = data.decode("utf-8", errors="replace")
        return Decoded(
            text,
            "utf-8",
            _join(note, "encoding not recognised; undecodable bytes replaced by U+FFFD"),
        )
    return _decode_lossy(data, encoding, note)


def _detection_sample(data: bytes) -> bytes:
    """Start, middle and end of a large text: the detector decodes whatever it is given in full
    for every candidate, which on a 20 MB file costs seconds and tells nothing more."""
    if len(data) <= _DETECTION_BYTES:
        return data
    third = _DETECTION_BYTES // 3
    middle = len(data) // 2
    return data[:third] + data[middle : middle + third] + data[-third:]


def _likely_encoding(data: bytes) -> str | None:
    """charset-normalizer's choice, preferring a common web encoding among equally clean ones.

    On short text many code pages decode without "chaos" (cp775 and cp1252 read most Latin text
    alike), and the detector may stop at a CJK encoding before trying cp1252 at all; so the common
    single-byte encodings are always scored too, and among the cleanest the most used one wins.
    """
    chaos: dict[str, float] = {}
    for match in from_bytes(_detection_sample(data)):
        for candidate in match.could_be_from_charset:
            chaos[candidate] = min(chaos.get(candidate, 1.0), match.chaos)
    sample = data[:_SAMPLE_BYTES]
    for candidate in _ALWAYS_SCORED:
        if candidate in chaos:
            continue
        try:
            chaos[candidate] = mess_ratio(sample.decode(candidate))
        except UnicodeDecodeError:
            continue
    if not chaos:
        return None
    floor = min(chaos.values())
    clean = [c for c, ratio in chaos.items() if ratio <= floor + _CHAOS_TOLERANCE]
    unranked = len(_COMMON_ENCODINGS)
    return min(clean, key=lambda c: (_COMMON_ENCODINGS.get(c, unranked), chaos[c]))


def _finish(decoded: Decoded) -> Decoded:
    """NUL characters cannot be stored (PostgreSQL text refuses them): same-length replacement."""
    if "\x00" not in decoded.text:
        return decoded
    count = decoded.text.count("\x00")
    return Decoded(
        decoded.text.replace("\x00", _NUL_REPLACEMENT),
        decoded.encoding,
        _join(decoded.note, f"{count} NUL character(s) replaced by U+FFFD"),
    )


def scrub_text(text: str) -> tuple[str, str | None]:
    """Text from a container (a JSON field): NULs replaced like decoded text, with a note."""
    finished = _finish(Decoded(text, "utf-8"))
    return finished.text, finished.note


def _join(first: str | None, second: str | None) -> str | None:
    if first and second:
        return f"{first}; {second}"
    return first or second
