"""Container formats: JSON Lines, JSON arrays, WARC, RSS/Atom, Telegram exports, compressed files."""

from __future__ import annotations

import bz2
import gzip
import hashlib
import io
import json
import lzma
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from claimgraph.readers import RawDocument, ReadFailure, read_sources

FIXTURES = Path(__file__).parent / "fixtures" / "readers"


def read_all(paths: list, **kwargs) -> tuple[list[RawDocument], list[ReadFailure]]:
    items = list(read_sources([str(p) for p in paths], **kwargs))
    docs = [i for i in items if isinstance(i, RawDocument)]
    failures = [i for i in items if isinstance(i, ReadFailure)]
    return docs, failures


# ------------------------------------------------------------------ JSON Lines


def test_json_lines_one_article_per_line_with_container_metadata() -> None:
    path = FIXTURES / "articles.jsonl"
    lines = path.read_bytes().split(b"\n")

    docs, failures = read_all([path])

    spanish, russian, ukrainian = docs
    assert spanish.uri == "https://noticias.example/2023/01/drones"
    assert spanish.content == lines[0]
    assert spanish.sha256 == hashlib.sha256(lines[0]).hexdigest()
    assert spanish.content_type == "text/plain"
    assert spanish.hints["text"].startswith("Irán y Rusia construirán")
    assert spanish.hints["title"] == "Irán y Rusia construirán una fábrica de drones"
    assert spanish.hints["published"] == "2023-01-20"
    assert spanish.hints["outlet"] == "Noticias Ejemplo"
    assert spanish.hints["byline"] == "Ana García"
    assert spanish.hints["language"] == "es"
    assert spanish.hints["url"] == spanish.uri

    # No url: named by file and line; HTML goes to the cleaner as HTML; a source object's name.
    assert russian.uri == f"{path}#L2"
    assert russian.content_type == "text/html"
    assert "шести тысяч дронов" in russian.hints["html"]
    assert russian.hints["outlet"] == "Новости Пример"
    assert "url" not in russian.hints

    # A Unix timestamp becomes an ISO date.
    assert ukrainian.hints["published"] == "2023-02-07T10:00:00+00:00"

    # Each bad line fails alone, named by its line; the blank line is no failure.
    assert [f.uri for f in failures] == [f"{path}#L4", f"{path}#L5", f"{path}#L6"]
    assert "array, not an object" in failures[0].reason
    assert 'neither "text" nor "html"' in failures[1].reason
    assert "not valid JSON" in failures[2].reason


def test_a_json_array_of_articles(tmp_path: Path) -> None:
    articles = [
        {"url": "https://a.example/1", "title": "Un", "text": "Selon Kyiv, 30 drones abattus."},
        {"title": "Zwei", "html": "<p>Laut Kyjiw wurden 30 Drohnen abgeschossen.</p>"},
        {"title": "No body"},
    ]
    path = tmp_path / "articles.json"
    path.write_text(json.dumps(articles, ensure_ascii=False, indent=2), encoding="utf-8")

    docs, failures = read_all([path])

    assert [d.uri for d in docs] == ["https://a.example/1", f"{path}#item-2"]
    assert json.loads(docs[0].content) == articles[0]
    assert docs[1].content_type == "text/html"
    assert [f.uri for f in failures] == [f"{path}#item-3"]


# ------------------------------------------------------------------ WARC


def _warc(records: list[tuple[str, str, bytes, str]], *, gzip_records: bool) -> bytes:
    """A real WARC written by warcio: (target uri, status, payload, content type) per record."""
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=gzip_records)
    for uri, status, payload, content_type in records:
        headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
        record = writer.create_warc_record(
            uri, "response", payload=io.BytesIO(payload), http_headers=headers
        )
        writer.write_record(record)
    return buffer.getvalue()


ARTICLE = (
    b"<html><head><title>Shahed drones over Kyiv</title></head><body><article>"
    b"<p>Ukraine's air force said it destroyed 37 of 43 drones launched overnight.</p>"
    b"</article></body></html>"
)
RUSSIAN_ARTICLE = (
    "<html><head><title>Дроны</title></head><body><p>По данным Минобороны, сбиты 20 дронов.</p>"
    "</body></html>"
).encode("cp1251")


@pytest.mark.parametrize("gzip_records", [False, True], ids=["warc", "warc.gz"])
def test_warc_html_responses_become_documents(tmp_path: Path, gzip_records: bool) -> None:
    data = _warc(
        [
            ("https://news.example/kyiv", "200 OK", ARTICLE, "text/html; charset=utf-8"),
            ("https://news.example/logo.png", "200 OK", b"\x89PNG\r\n\x1a\n...", "image/png"),
            ("https://news.example/old", "301 Moved Permanently", b"", "text/html"),
            (
                "https://ru.example/drony",
                "200 OK",
                RUSSIAN_ARTICLE,
                "text/html; charset=windows-1251",
            ),
        ],
        gzip_records=gzip_records,
    )
    path = tmp_path / ("crawl.warc.gz" if gzip_records else "crawl.warc")
    path.write_bytes(data)

    docs, failures = read_all([path])

    assert not failures
    assert [d.uri for d in docs] == ["https://news.example/kyiv", "https://ru.example/drony"]
    kyiv, russian = docs
    assert kyiv.content == ARTICLE  # the HTTP payload, headers excluded
    assert kyiv.content_type == "text/html"
    assert kyiv.hints["url"] == "https://news.example/kyiv"
    assert kyiv.hints["fetched"].startswith("20")  # WARC-Date: when crawled, not published
    assert "published" not in kyiv.hints
    assert "сбиты 20 дронов" in russian.hints["html"]  # the HTTP charset was honoured


def test_a_gzip_encoded_http_payload_is_stored_decoded(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=False)
    headers = StatusAndHeaders(
        "200 OK",
        [("Content-Type", "text/html; charset=utf-8"), ("Content-Encoding", "gzip")],
        protocol="HTTP/1.1",
    )
    writer.write_record(
        writer.create_warc_record(
            "https://news.example/gz",
            "response",
            payload=io.BytesIO(gzip.compress(ARTICLE)),
            http_headers=headers,
        )
    )
    path = tmp_path / "crawl.warc"
    path.write_bytes(buffer.getvalue())

    docs, failures = read_all([path])

    assert not failures
    assert docs[0].content == ARTICLE
    assert "37 of 43 drones" in docs[0].hints["html"]


# ------------------------------------------------------------------ feeds


def test_rss_entries_with_content_become_documents() -> None:
    docs, failures = read_all([FIXTURES / "feed.rss"])

    assert not failures
    assert len(docs) == 2  # the gallery entry has no content or summary
    factory, french = docs
    assert factory.uri == "https://defence-desk.example/2023/02/alabuga-factory"
    assert factory.hints["outlet"] == "Defence Desk"
    assert factory.hints["byline"] == "Jane Miller"
    assert factory.hints["title"] == "Iran and Russia build drone factory in Tatarstan"
    assert factory.hints["published"] == "2023-02-06T08:30:00+00:00"
    assert factory.content_type == "text/html"
    # The full content:encoded body as the feed carries it, not the teaser.
    feed_text = (FIXTURES / "feed.rss").read_text(encoding="utf-8")
    cdata = feed_text.split("<![CDATA[")[1].split("]]>")[0]
    assert factory.hints["html"] == cdata
    assert "at least 6,000 drones" in factory.hints["html"]
    assert factory.content == factory.hints["html"].encode("utf-8")
    assert "plus de 400 drones" in french.hints["html"]


def test_atom_entries_with_content_or_summary() -> None:
    path = FIXTURES / "feed.atom"

    docs, failures = read_all([path])

    assert not failures
    odessa, short = docs
    assert odessa.uri == "https://ostfront.example/2023/04/odessa"
    assert odessa.hints["outlet"] == "Ostfront Nachrichten"
    assert odessa.hints["byline"] == "Klaus Weber"
    assert odessa.hints["published"] == "2023-04-02T06:00:00+00:00"
    assert odessa.hints["language"] == "de"
    assert "14 von 15 Drohnen" in odessa.hints["html"]
    # No link: the entry is named inside the feed file; a plain-text summary stays plain text.
    assert short.uri == f"{path}#entry-2"
    assert short.content_type == "text/plain"
    assert short.hints["text"] == "Laut Generalstab wurden in der Nacht 20 Drohnen gestartet."


# ------------------------------------------------------------------ Telegram


def test_telegram_channel_export_messages_are_documents() -> None:
    path = FIXTURES / "telegram" / "result.json"

    docs, failures = read_all([path])

    assert not failures
    # The service message and the photo without a caption are skipped.
    assert [d.uri for d in docs] == [f"{path}#message-2", f"{path}#message-4"]
    air_force, forwarded = docs
    assert air_force.hints["text"] == (
        "Ukraine's air force says it shot down 37 of 43 Shahed-136 drones overnight. #Kyiv"
    )
    assert air_force.hints["outlet"] == "Frontline Monitor"
    assert air_force.hints["byline"] == "Olena K."
    assert air_force.hints["published"] == "2022-10-17T07:12:45+00:00"
    # The message's own JSON, exactly as exported.
    assert json.loads(air_force.content)["id"] == 2
    assert air_force.content in path.read_bytes()
    assert forwarded.hints["text"].startswith("Вночі ворог атакував 20 ударними БпЛА")
    assert forwarded.hints["forwarded_from"] == "Повітряні сили ЗСУ"


def test_a_large_telegram_export_is_streamed(tmp_path: Path) -> None:
    """Thousands of messages across many read chunks: every one read, each with its own JSON."""
    messages = [
        {
            "id": n,
            "type": "message",
            "date": "2023-01-01T00:00:00",
            "date_unixtime": str(1672531200 + n),
            "text": [f"Update {n}: ", {"type": "bold", "text": f"{n % 50} drones"}, " shot down."],
        }
        for n in range(1, 6001)
    ]
    export = {"name": "Big Channel", "type": "public_channel", "id": 1, "messages": messages}
    path = tmp_path / "result.json"
    path.write_text(json.dumps(export, ensure_ascii=False, indent=1), encoding="utf-8")

    docs, failures = read_all([path], max_bytes=64 * 1024)

    assert not failures
    assert len(docs) == 6000
    assert docs[-1].hints["text"] == "Update 6000: 0 drones shot down."
    assert json.loads(docs[4321].content)["id"] == 4322


def test_a_whole_account_telegram_export(tmp_path: Path) -> None:
    export = {
        "about": "Here is the data you requested.",
        "personal_information": {"first_name": "A"},
        "chats": {
            "about": "This page lists all chats from this export.",
            "list": [
                {
                    "name": "Channel One",
                    "type": "public_channel",
                    "id": 11,
                    "messages": [
                        {
                            "id": 5,
                            "type": "message",
                            "date": "2023-01-01T10:00:00",
                            "text": "Erste Meldung.",
                        }
                    ],
                },
                {
                    "name": "Channel Two",
                    "type": "private_channel",
                    "id": 22,
                    "messages": [
                        {
                            "id": 5,
                            "type": "message",
                            "date": "2023-01-02T10:00:00",
                            "text": "Segundo aviso.",
                        }
                    ],
                },
            ],
        },
    }
    path = tmp_path / "result.json"
    path.write_text(json.dumps(export, indent=1), encoding="utf-8")

    docs, failures = read_all([path])

    assert not failures
    assert [(d.uri, d.hints["outlet"]) for d in docs] == [
        (f"{path}#chat-11-message-5", "Channel One"),
        (f"{path}#chat-22-message-5", "Channel Two"),
    ]
    assert docs[0].hints["published"] == "2023-01-01T10:00:00"


# ------------------------------------------------------------------ compressed files


@pytest.mark.parametrize(
    ("suffix", "compress"),
    [(".gz", gzip.compress), (".bz2", bz2.compress), (".xz", lzma.compress)],
)
def test_compressed_files_are_read_by_the_format_inside(
    tmp_path: Path, suffix: str, compress
) -> None:
    text_path = tmp_path / f"article.txt{suffix}"
    text_path.write_bytes(compress("Статья о дронах: сбито 20 из 25.".encode("cp1251")))
    lines_path = tmp_path / f"articles.jsonl{suffix}"
    lines_path.write_bytes(compress((FIXTURES / "articles.jsonl").read_bytes()))

    text_docs, text_failures = read_all([text_path])
    line_docs, _ = read_all([lines_path])

    assert not text_failures
    assert text_docs[0].hints["text"] == "Статья о дронах: сбито 20 из 25."
    assert text_docs[0].content == "Статья о дронах: сбито 20 из 25.".encode("cp1251")
    assert len(line_docs) == 3
    assert line_docs[1].uri == f"{lines_path}#L2"


def test_compressed_standard_input_is_recognised_by_its_signature() -> None:
    data = gzip.compress((FIXTURES / "feed.atom").read_bytes())

    items = list(read_sources(["-"], stdin=io.BytesIO(data)))

    assert [i.hints["outlet"] for i in items] == ["Ostfront Nachrichten"] * 2
