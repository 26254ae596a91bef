"""Bad input: each problem is one failure with a one-line reason, and the run goes on."""

from __future__ import annotations

import gzip
import io
import json
import os
import pwd
import random
import shutil
import tempfile
import tracemalloc
import zlib
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from claimgraph.readers import STDIN_URI, RawDocument, ReadFailure, read_sources
from claimgraph.readers.binary import binary_reason

GOOD = "Ukraine's air force said it shot down 37 of 43 Shahed drones overnight."
MB = 1024 * 1024


def read_all(paths: list, **kwargs) -> tuple[list[RawDocument], list[ReadFailure]]:
    items = list(read_sources([str(p) for p in paths], **kwargs))
    docs = [i for i in items if isinstance(i, RawDocument)]
    failures = [i for i in items if isinstance(i, ReadFailure)]
    for failure in failures:
        assert "\n" not in failure.reason and failure.reason.strip()
    return docs, failures


def only_failure(path: Path, **kwargs) -> ReadFailure:
    """Read ``path`` then a good file: the bad one fails alone, the good one is still read."""
    good = path.parent / "zz-good.txt"
    good.write_text(GOOD, encoding="utf-8")
    docs, failures = read_all([path, good], **kwargs)
    assert [d.uri for d in docs] == [str(good)]
    assert len(failures) == 1
    assert failures[0].uri == str(path)
    return failures[0]


# ------------------------------------------------------------------ nothing to read


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.touch()

    assert only_failure(path).reason == "empty file (0 bytes)"


def test_whitespace_only_file(tmp_path: Path) -> None:
    path = tmp_path / "blank.txt"
    path.write_text(" \n\t\n  ", encoding="utf-8")

    assert "only whitespace" in only_failure(path).reason


def test_empty_standard_input() -> None:
    items = list(read_sources(["-"], stdin=io.BytesIO(b"")))

    assert items == [ReadFailure(STDIN_URI, "empty input: nothing to read")]


def test_a_path_that_does_not_exist(tmp_path: Path) -> None:
    docs, failures = read_all([tmp_path / "missing.txt"])

    assert not docs
    assert failures[0].reason == "no such file or directory"


# ------------------------------------------------------------------ binary files


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        (
            "report.pdf",
            b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n",
            "PDF is not supported yet",
        ),
        ("photo.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "PNG image"),
        ("photo.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)), "JPEG image"),
        ("anim.gif", b"GIF89a\x01\x00\x01\x00" + bytes(range(256)), "GIF image"),
        ("bundle.docx", b"PK\x03\x04\x14\x00\x06\x00" + bytes(range(256)), "ZIP archive"),
        ("noext", bytes(range(256)) * 8, "binary file"),
        # An extension does not make text: content decides.
        ("looks-like-text.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "PNG image"),
    ],
)
def test_binary_files_are_refused_with_what_they_are(
    tmp_path: Path, name: str, data: bytes, expected: str
) -> None:
    path = tmp_path / name
    path.write_bytes(data)

    assert expected in only_failure(path).reason


def test_a_pdf_reason_says_it_is_not_supported_yet(tmp_path: Path) -> None:
    path = tmp_path / "brief.pdf"
    path.write_bytes(b"%PDF-1.4\n" + os.urandom(4096))

    assert only_failure(path).reason.startswith("PDF is not supported yet")


def test_random_and_compressed_bytes_are_never_read_as_text() -> None:
    # Random bytes have NULs and control bytes by chance only: about 10 % control bytes, and one
    # time in 50 no NUL in a kilobyte, or a NUL or two on one side (BOM-less UTF-16?), or FE FF
    # first (a UTF-16 BOM?). Each of those once let a blob through as KOI8-R or CJK "text".
    # After a BOM, a few dozen random code units can pass for text by chance; from 500 on they
    # cannot (13 % of random code units are private-use, unassigned or lone surrogates).
    rng = random.Random(20261122)
    let_through = []
    for i in range(4000):
        blob = rng.randbytes(rng.randint(120, 3000))
        if i % 2:
            blob = zlib.compress(blob)
        if i % 7 == 0:
            blob = rng.choice((b"\xfe\xff", b"\xff\xfe")) + blob + rng.randbytes(1000)
        if binary_reason(blob) is None:
            let_through.append(blob[:16])

    assert let_through == []


@pytest.mark.parametrize(
    ("codec", "stray"),
    [
        ("windows-1251", b"\x1a"),  # DOS end-of-file mark after the text
        ("koi8-r", b"\x0b"),  # a vertical tab from a word processor
        ("windows-1252", b"\x1e"),
        ("utf-8", b"\x0b"),
    ],
)
def test_text_with_a_stray_control_byte_is_still_text(
    tmp_path: Path, codec: str, stray: bytes
) -> None:
    text = {
        "windows-1251": "Сили ППО знищили 37 з 43 дронів «Шахед» за ніч, повідомили в ЗСУ.",
        "koi8-r": "Россия запустила 43 беспилотника, заявили в Минобороны Украины.",
        "windows-1252": "L'armée de l'air a abattu 37 des 43 drones lancés, selon Kyiv.",
        "utf-8": "The air force said 37 of 43 drones were shot down overnight.",
    }[codec]
    path = tmp_path / "report.txt"
    path.write_bytes(text.encode(codec) + stray)

    docs, failures = read_all([path])

    assert not failures
    assert docs[0].hints["text"].startswith(text)


def test_random_bytes_after_a_utf16_bom_are_binary(tmp_path: Path) -> None:
    path = tmp_path / "noise.txt"
    path.write_bytes(b"\xfe\xff" + random.Random(3).randbytes(2000))

    assert "binary file" in only_failure(path).reason


# ------------------------------------------------------------------ encodings


def test_invalid_utf8_is_decoded_with_a_note(tmp_path: Path) -> None:
    text = "Росія запустила 43 дрони «Шахед»; сили ППО знищили 37 з них."
    cut = len("Росія запу".encode())
    raw = text.encode("utf-8")
    damaged = raw[:cut] + b"\xff\xfe" + raw[cut:]  # stray bytes inside a UTF-8 article
    path = tmp_path / "damaged.txt"
    path.write_bytes(damaged)

    docs, failures = read_all([path])

    assert not failures
    doc = docs[0]
    assert doc.content == damaged
    assert doc.hints["encoding"] == "utf-8"
    assert "invalid UTF-8" in doc.hints["encoding_note"]
    assert doc.hints["text"].replace("\ufffd", "") == text


@pytest.mark.parametrize(
    ("legacy_line", "codec"),
    [
        ("Laut Generalstab: Größe der Angriffswelle über 40 Drohnen.", "cp1252"),
        ("По данным штаба, в атаке участвовали более сорока дронов.", "cp1251"),
        ("За даними штабу, в атаці брали участь понад сорок дронів.", "cp1251"),
    ],
)
def test_mixed_encodings_are_decoded_line_by_line_with_a_note(
    tmp_path: Path, legacy_line: str, codec: str
) -> None:
    utf8_line = "Selon l'état-major, plus de quarante drones ont été lancés."
    path = tmp_path / "concatenated.txt"
    path.write_bytes(
        utf8_line.encode("utf-8") + b"\n" + legacy_line.encode(codec) + b"\nEnd of scrape.\n"
    )

    docs, failures = read_all([path])

    assert not failures
    doc = docs[0]
    assert doc.hints["text"] == f"{utf8_line}\n{legacy_line}\nEnd of scrape.\n"
    assert "mixed encodings" in doc.hints["encoding_note"]
    assert codec in doc.hints["encoding_note"]


def test_nul_characters_never_reach_the_text(tmp_path: Path) -> None:
    path = tmp_path / "articles.jsonl"
    path.write_text(json.dumps({"text": "Drones\u0000 over Kyiv."}) + "\n", encoding="utf-8")

    docs, _ = read_all([path])

    assert docs[0].hints["text"] == "Drones\ufffd over Kyiv."
    assert "NUL" in docs[0].hints["encoding_note"]


# ------------------------------------------------------------------ size


def test_a_200_mb_text_file_is_refused_without_being_read(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    line = b"Drones were launched again overnight, officials said.\n"
    with path.open("wb") as handle:
        handle.write(line * 2000)  # real text where the reader looks first
        handle.truncate(200 * MB)  # the rest is sparse: no 200 MB on the test disk

    tracemalloc.start()
    try:
        reason = only_failure(path).reason
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()

    assert reason.startswith("text file is 200.0 MB, above the 20.0 MB limit per article")
    assert peak < 5 * MB


class EndlessText(io.RawIOBase):
    """A pipe that delivers ``total`` bytes of text without ever holding them in memory."""

    def __init__(self, total: int) -> None:
        self.remaining = total

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[no-untyped-def]
        n = min(len(buffer), self.remaining)
        buffer[:n] = b"x" * n
        self.remaining -= n
        return n


def test_an_oversized_stream_is_refused_with_bounded_memory() -> None:
    stream = io.BufferedReader(EndlessText(200 * MB))

    tracemalloc.start()
    try:
        items = list(read_sources(["-"], stdin=stream, max_bytes=2 * MB))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()

    assert len(items) == 1
    assert items[0].reason.startswith("text file is larger than the 2.0 MB limit per article")
    assert peak < 8 * MB  # bounded by the limit, not by the 200 MB offered


def test_an_oversized_json_line_fails_alone(tmp_path: Path) -> None:
    path = tmp_path / "articles.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        handle.write(json.dumps({"text": "Short one."}) + "\n")
        handle.write(json.dumps({"text": "x" * (3 * MB)}) + "\n")
        handle.write(json.dumps({"text": "After the big one."}) + "\n")

    docs, failures = read_all([path], max_bytes=1 * MB)

    assert [d.hints["text"] for d in docs] == ["Short one.", "After the big one."]
    assert failures[0].uri == f"{path}#L2"
    assert "above the 1.0 MB limit" in failures[0].reason


def test_a_gzip_that_expands_beyond_the_limit_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bomb.txt.gz"
    path.write_bytes(gzip.compress(b"drone " * (2 * MB)))

    assert "larger than the 1.0 MB limit" in only_failure(path, max_bytes=1 * MB).reason


# ------------------------------------------------------------------ malformed and truncated


def test_malformed_html_is_still_read(tmp_path: Path) -> None:
    page = "<html><body><p>Unclosed <b>tags <div><p>Drones: 40 launched</td></table><p"
    path = tmp_path / "broken.html"
    path.write_text(page, encoding="utf-8")

    docs, failures = read_all([path])

    assert not failures
    assert docs[0].content_type == "text/html"
    assert docs[0].hints["html"] == page


def test_a_truncated_gzip(tmp_path: Path) -> None:
    data = gzip.compress(("Ein Artikel über Drohnenangriffe. " * 3000).encode())
    path = tmp_path / "article.txt.gz"
    path.write_bytes(data[: len(data) // 2])

    reason = only_failure(path).reason

    assert reason.startswith("truncated gzip file")


def test_corrupt_gzip_data(tmp_path: Path) -> None:
    text = " ".join(f"report {i}: drones launched" for i in range(30000))
    data = bytearray(gzip.compress(text.encode()))
    data[-8:-4] = b"\x00\x00\x00\x00"  # a wrong CRC-32: the data is not what was written
    path = tmp_path / "article.txt.gz"
    path.write_bytes(bytes(data))

    reason = only_failure(path).reason

    assert reason.startswith("corrupt gzip data")


def _warc_bytes(count: int, *, gzip_records: bool) -> bytes:
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=gzip_records)
    for i in range(count):
        body = f"<html><body><p>Report {i}: " + "drones " * 400 + "</p></body></html>"
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(
                f"https://news.example/{i}",
                "response",
                payload=io.BytesIO(body.encode()),
                http_headers=headers,
            )
        )
    return buffer.getvalue()


@pytest.mark.parametrize("gzip_records", [False, True], ids=["warc", "warc.gz"])
def test_a_truncated_warc_yields_what_was_read_then_one_failure(
    tmp_path: Path, gzip_records: bool
) -> None:
    data = _warc_bytes(3, gzip_records=gzip_records)
    path = tmp_path / ("crawl.warc.gz" if gzip_records else "crawl.warc")
    path.write_bytes(data[: int(len(data) * 0.8)])

    docs, failures = read_all([path])

    assert [d.uri for d in docs] == ["https://news.example/0", "https://news.example/1"]
    assert len(failures) == 1
    assert failures[0].uri == str(path)
    assert "truncated" in failures[0].reason


def test_an_oversized_warc_record_fails_alone(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=False)
    for i, words in enumerate([50, 200_000, 50]):
        body = f"<html><body><p>Report {i}: " + "drones " * words + "</p></body></html>"
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(
                f"https://news.example/{i}",
                "response",
                payload=io.BytesIO(body.encode()),
                http_headers=headers,
            )
        )
    path = tmp_path / "crawl.warc"
    path.write_bytes(buffer.getvalue())

    docs, failures = read_all([path], max_bytes=1 * MB)

    assert [d.uri for d in docs] == ["https://news.example/0", "https://news.example/2"]
    assert [f.uri for f in failures] == ["https://news.example/1"]
    assert "above the 1.0 MB limit" in failures[0].reason


def test_a_truncated_telegram_export(tmp_path: Path) -> None:
    messages = [
        {"id": n, "type": "message", "date": "2023-01-01T00:00:00", "text": f"Message {n}."}
        for n in range(1, 201)
    ]
    data = json.dumps({"name": "Chan", "type": "public_channel", "id": 1, "messages": messages})
    path = tmp_path / "result.json"
    path.write_text(data[: len(data) // 2], encoding="utf-8")

    docs, failures = read_all([path])

    assert 90 < len(docs) < 110
    assert len(failures) == 1
    assert "truncated" in failures[0].reason


def test_a_json_line_that_is_not_an_object(tmp_path: Path) -> None:
    path = tmp_path / "articles.jsonl"
    path.write_text(
        '{"text": "Before."}\n"just a string"\n42\n{"text": "After."}\n', encoding="utf-8"
    )

    docs, failures = read_all([path])

    assert [d.hints["text"] for d in docs] == ["Before.", "After."]
    assert [(f.uri, f.reason) for f in failures] == [
        (f"{path}#L2", "line 2 is a string, not an object: each article must be a JSON object"),
        (f"{path}#L3", "line 3 is a number, not an object: each article must be a JSON object"),
    ]


def test_hostile_json_lines_fail_alone(tmp_path: Path) -> None:
    path = tmp_path / "articles.jsonl"
    path.write_text(
        '{"text": "Before."}\n'
        + '{"text": "Digits.", "n": '
        + "9" * 100_000
        + "}\n"
        + "[" * 100_000
        + "]" * 100_000
        + "\n"
        + '{"text": "After."}\n',
        encoding="utf-8",
    )

    docs, failures = read_all([path])

    assert [d.hints["text"] for d in docs] == ["Before.", "After."]
    assert [f.uri for f in failures] == [f"{path}#L2", f"{path}#L3"]


def test_a_json_document_with_a_100000_digit_number(tmp_path: Path) -> None:
    path = tmp_path / "articles.json"
    path.write_text('[{"text": "Fine."}, {"text": "Odd.", "n": ' + "7" * 100_000 + "}]")

    docs, failures = read_all([path])

    assert [d.hints["text"] for d in docs] == ["Fine."]
    assert len(failures) == 1
    assert failures[0].reason.startswith("unreadable JSON value")


# ------------------------------------------------------------------ links and permissions


def test_a_symlink_loop_between_directories(tmp_path: Path) -> None:
    (tmp_path / "corpus" / "sub").mkdir(parents=True)
    (tmp_path / "corpus" / "sub" / "report.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "corpus" / "sub" / "back").symlink_to(tmp_path / "corpus")

    docs, failures = read_all([tmp_path / "corpus"])

    assert len(docs) == 1
    assert len(failures) == 1
    assert failures[0].uri == str(tmp_path / "corpus" / "sub" / "back")
    assert failures[0].reason.startswith("symlink loop")


def test_a_symlink_to_itself(tmp_path: Path) -> None:
    link = tmp_path / "self"
    link.symlink_to(link)

    assert only_failure(link).reason.startswith("symlink loop")


def test_a_broken_symlink(tmp_path: Path) -> None:
    link = tmp_path / "gone.txt"
    link.symlink_to(tmp_path / "deleted.txt")

    assert only_failure(link).reason.startswith("broken symlink")


def test_a_named_pipe_inside_a_directory_is_skipped_not_waited_on(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "a-pipe")  # opening it would wait for a writer that never comes
    (tmp_path / "b.txt").write_text(GOOD, encoding="utf-8")

    docs, failures = read_all([tmp_path])

    assert [d.hints["text"] for d in docs] == [GOOD]
    assert [(f.uri, f.reason) for f in failures] == [
        (str(tmp_path / "a-pipe"), "a named pipe: skipped")
    ]


def _read_as_nobody(paths: list[str]) -> list[tuple[str, str, str]]:
    """Run the readers in a child process that has dropped root for user ``nobody``."""
    try:
        uid, gid = pwd.getpwnam("nobody").pw_uid, pwd.getpwnam("nobody").pw_gid
    except KeyError:  # no passwd entry: the conventional ids still work for setuid
        uid = gid = 65534
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:
        status = 1
        try:
            os.close(read_end)
            os.setgroups([])
            os.setgid(gid)
            os.setuid(uid)
            rows = [
                (type(item).__name__, item.uri, getattr(item, "reason", ""))
                for item in read_sources(paths)
            ]
            os.write(write_end, json.dumps(rows).encode())
            status = 0
        finally:
            os._exit(status)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as pipe:
        output = pipe.read()
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0
    return [tuple(row) for row in json.loads(output)]


def test_an_unreadable_file_and_directory() -> None:
    # As root, chmod does not stop reading: the reading process really gives up root. The
    # folder is outside pytest's tmp_path, whose parents only root may enter.
    folder = Path(tempfile.mkdtemp(prefix="claimgraph-perm-"))
    locked, readable, closed = folder / "locked.txt", folder / "open.txt", folder / "private"
    try:
        folder.chmod(0o755)
        locked.write_text("Secret notes.", encoding="utf-8")
        locked.chmod(0o000)
        readable.write_text(GOOD, encoding="utf-8")
        readable.chmod(0o644)
        closed.mkdir()
        (closed / "inside.txt").write_text(GOOD, encoding="utf-8")
        closed.chmod(0o000)

        if os.geteuid() == 0:
            rows = _read_as_nobody([str(folder)])
        else:
            rows = [
                (type(i).__name__, i.uri, getattr(i, "reason", ""))
                for i in read_sources([str(folder)])
            ]
    finally:
        if closed.exists():
            closed.chmod(0o755)
        shutil.rmtree(folder)

    assert rows == [
        (
            "ReadFailure",
            str(locked),
            "permission denied: cannot open this file; check its permissions",
        ),
        ("RawDocument", str(readable), ""),
        ("ReadFailure", str(closed), "permission denied: cannot list this directory"),
    ]


def test_one_bad_file_among_many_does_not_stop_the_run(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("First report.", encoding="utf-8")
    (tmp_path / "b.pdf").write_bytes(b"%PDF-1.5\n")
    (tmp_path / "c.txt").touch()
    (tmp_path / "d.jsonl").write_text("[1, 2]\n", encoding="utf-8")
    (tmp_path / "e.txt.gz").write_bytes(gzip.compress(b"Cut off report text" * 100)[:30])
    (tmp_path / "f.bin").write_bytes(zlib.compress(random.Random(7).randbytes(1000)))
    (tmp_path / "g.txt").write_text("Last report.", encoding="utf-8")

    docs, failures = read_all([tmp_path])

    assert [d.hints["text"] for d in docs] == ["First report.", "Last report."]
    assert [Path(f.uri.split("#")[0]).name for f in failures] == [
        "b.pdf",
        "c.txt",
        "d.jsonl",
        "e.txt.gz",
        "f.bin",
    ]
