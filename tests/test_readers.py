"""Reading files: the sample corpus byte for byte, text in any encoding, HTML, sniffing, stdin."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

import pytest

from claimgraph.readers import STDIN_URI, RawDocument, ReadFailure, read_sources

FIXTURES = Path(__file__).parent / "fixtures" / "readers"

# One paragraph of reporting per supported language, and the legacy encoding its sites used.
PARAGRAPHS = {
    "en": (
        "cp1252",
        "Iran and Russia agreed to build a factory for 6,000 drones — officials said the first "
        "units would be ready “within two years”, the Wall Street Journal reported. The deal is "
        "worth about €1 billion.",
    ),
    "fr": (
        "cp1252",
        "Une délégation russe en visite en Iran, en janvier dernier, a été contrainte de se "
        "réfugier dans son hôtel à la suite d'une frappe israélienne contre une usine d'armement "
        "à Ispahan, a rapporté vendredi le Washington Post.",
    ),
    "de": (
        "cp1252",
        "Russland und Iran bauen gemeinsam eine Drohnenfabrik in Alabuga. Nach Angaben des "
        "Geheimdienstes sollen dort jährlich bis zu 6.000 Kampfdrohnen gefertigt werden; die "
        "Größe der Anlage überrascht westliche Beobachter.",
    ),
    "es": (
        "cp1252",
        "Irán y Rusia construirán una fábrica de drones en Tatarstán, según funcionarios "
        "estadounidenses citados por el diario. La planta podría producir unos 6.000 aparatos; "
        "la producción comenzaría el próximo año.",
    ),
    "ru": (
        "cp1251",
        "Россия и Иран договорились построить завод по производству беспилотников в Татарстане. "
        "По данным американских чиновников, предприятие сможет выпускать около шести тысяч "
        "дронов в год, сообщила газета.",
    ),
    "uk": (
        "cp1251",
        "Росія та Іран домовилися збудувати завод із виробництва безпілотників у Татарстані. За "
        "даними американських посадовців, підприємство зможе випускати близько шести тисяч "
        "дронів на рік, повідомила газета.",
    ),
}
LANGUAGES = sorted(PARAGRAPHS)


def read_all(paths: list, **kwargs) -> tuple[list[RawDocument], list[ReadFailure]]:
    items = list(read_sources([str(p) for p in paths], **kwargs))
    docs = [i for i in items if isinstance(i, RawDocument)]
    failures = [i for i in items if isinstance(i, ReadFailure)]
    return docs, failures


def read_one(path: Path, **kwargs) -> RawDocument:
    docs, failures = read_all([path], **kwargs)
    assert not failures, failures
    assert len(docs) == 1
    return docs[0]


# ------------------------------------------------------------------ the sample corpus


def test_the_sample_corpus_is_read_byte_for_byte_in_sorted_order(seeds_dir: Path) -> None:
    docs, failures = read_all([seeds_dir])

    files = sorted(seeds_dir.iterdir())
    assert not failures
    assert [d.uri for d in docs] == [str(f) for f in files]
    assert len(docs) == 5
    for doc, path in zip(docs, files, strict=True):
        raw = path.read_bytes()
        assert doc.content == raw
        assert doc.sha256 == hashlib.sha256(raw).hexdigest()
        assert doc.content_type == "text/plain"
        assert doc.hints["text"] == raw.decode("utf-8")
        assert doc.hints["encoding"] == "utf-8"
        assert "encoding_note" not in doc.hints


def test_the_french_sample_keeps_its_accents_and_non_breaking_spaces(seeds_dir: Path) -> None:
    french = read_one(next(seeds_dir.glob("002_*.txt")))

    assert "La délégation était à Ispahan" in french.hints["text"]
    raw_text = french.content.decode("utf-8")
    assert french.hints["text"].count("\u00a0") == raw_text.count("\u00a0")


# ------------------------------------------------------------------ plain text encodings


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_legacy_encoded_article_is_decoded_and_its_bytes_kept(tmp_path: Path, lang: str) -> None:
    encoding, paragraph = PARAGRAPHS[lang]
    path = tmp_path / f"{lang}.txt"
    path.write_bytes(paragraph.encode(encoding))

    doc = read_one(path)

    assert doc.hints["text"] == paragraph
    assert doc.hints["encoding"] == encoding
    assert doc.content == paragraph.encode(encoding)
    assert "encoding_note" not in doc.hints


@pytest.mark.parametrize("lang", ["ru", "uk"])
def test_koi8_cyrillic_is_recognised(tmp_path: Path, lang: str) -> None:
    _, paragraph = PARAGRAPHS[lang]
    codec = "koi8-r" if lang == "ru" else "koi8-u"
    path = tmp_path / f"{lang}.txt"
    path.write_bytes(paragraph.encode(codec))

    assert read_one(path).hints["text"] == paragraph


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("codec", ["utf-8-sig", "utf-16", "utf-16-be", "utf-32"])
def test_unicode_with_a_byte_order_mark(tmp_path: Path, lang: str, codec: str) -> None:
    _, paragraph = PARAGRAPHS[lang]
    data = paragraph.encode(codec)
    if codec == "utf-16-be":
        data = b"\xfe\xff" + data
    path = tmp_path / "article.txt"
    path.write_bytes(data)

    doc = read_one(path)

    assert doc.hints["text"] == paragraph  # the BOM is not part of the text
    assert doc.content == data


@pytest.mark.parametrize("lang", LANGUAGES)
def test_utf16_without_a_byte_order_mark(tmp_path: Path, lang: str) -> None:
    _, paragraph = PARAGRAPHS[lang]
    path = tmp_path / "article.txt"
    path.write_bytes(paragraph.encode("utf-16-le"))

    assert read_one(path).hints["text"] == paragraph


# ------------------------------------------------------------------ HTML


@pytest.mark.parametrize("lang", LANGUAGES)
def test_html_in_a_declared_legacy_charset(tmp_path: Path, lang: str) -> None:
    encoding, paragraph = PARAGRAPHS[lang]
    label = {"cp1252": "iso-8859-1", "cp1251": "windows-1251"}[encoding]
    page = (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta http-equiv="Content-Type" '
        f'content="text/html; charset={label}"><title>Drones</title></head>'
        f"<body><article><p>{paragraph}</p></article></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_bytes(page.encode(encoding))

    doc = read_one(path)

    assert doc.content_type == "text/html"
    assert doc.hints["html"] == page
    assert doc.content == page.encode(encoding)
    assert "text" not in doc.hints


def test_html5_meta_charset(tmp_path: Path) -> None:
    _, paragraph = PARAGRAPHS["ru"]
    page = f'<html><head><meta charset="koi8-r"></head><body><p>{paragraph}</p></body></html>'
    path = tmp_path / "page.htm"
    path.write_bytes(page.encode("koi8-r"))

    assert read_one(path).hints["html"] == page


def test_a_stale_latin1_label_on_a_utf8_page_is_noted(tmp_path: Path) -> None:
    _, paragraph = PARAGRAPHS["de"]
    page = f'<html><head><meta charset="iso-8859-1"></head><body><p>{paragraph}</p></body></html>'
    path = tmp_path / "page.html"
    path.write_bytes(page.encode("utf-8"))

    doc = read_one(path)

    assert doc.hints["html"] == page
    assert doc.hints["encoding"] == "utf-8"
    assert "iso-8859-1" in doc.hints["encoding_note"]


# ------------------------------------------------------------------ sniffing and stdin


def test_a_txt_file_that_is_really_html_is_read_as_html(tmp_path: Path) -> None:
    path = tmp_path / "saved-page.txt"
    path.write_text(
        "<!doctype html>\n<html><body><p>Shahed drones hit Odesa.</p></body></html>",
        encoding="utf-8",
    )

    doc = read_one(path)

    assert doc.content_type == "text/html"
    assert "Shahed drones hit Odesa." in doc.hints["html"]


def test_a_file_without_extension_is_judged_on_its_content(tmp_path: Path) -> None:
    html = tmp_path / "article"
    html.write_text("<html><head><title>T</title></head><body><p>Body</p></body></html>")
    text = tmp_path / "notes"
    text.write_text(PARAGRAPHS["en"][1], encoding="utf-8")
    feed = tmp_path / "feed"
    feed.write_bytes((FIXTURES / "feed.rss").read_bytes())

    assert read_one(html).content_type == "text/html"
    assert read_one(text).content_type == "text/plain"
    docs, _ = read_all([feed])
    assert [d.hints["outlet"] for d in docs] == ["Defence Desk", "Defence Desk"]


def test_an_html_file_holding_plain_prose_still_goes_to_the_html_cleaner(tmp_path: Path) -> None:
    path = tmp_path / "export.html"
    path.write_text(PARAGRAPHS["fr"][1], encoding="utf-8")

    assert read_one(path).content_type == "text/html"


def test_standard_input_text(tmp_path: Path) -> None:
    encoding, paragraph = PARAGRAPHS["uk"]
    data = paragraph.encode(encoding)

    items = list(read_sources(["-"], stdin=io.BytesIO(data)))

    assert len(items) == 1
    doc = items[0]
    assert isinstance(doc, RawDocument)
    assert doc.uri == STDIN_URI
    assert doc.content == data
    assert doc.hints["text"] == paragraph


def test_standard_input_json_lines_are_named_by_line(tmp_path: Path) -> None:
    data = (FIXTURES / "articles.jsonl").read_bytes()

    items = list(read_sources(["-"], stdin=io.BytesIO(data)))

    uris = [i.uri for i in items]
    assert "https://noticias.example/2023/01/drones" in uris
    assert f"{STDIN_URI}#L2" in uris


def test_stdin_can_sit_between_files(tmp_path: Path) -> None:
    first = tmp_path / "a.txt"
    first.write_text("First article.", encoding="utf-8")
    last = tmp_path / "b.txt"
    last.write_text("Last article.", encoding="utf-8")

    items = list(read_sources([str(first), "-", str(last)], stdin=io.BytesIO(b"From a pipe.")))

    assert [i.hints["text"] for i in items] == ["First article.", "From a pipe.", "Last article."]
