"""HTML pages: the body comes from trafilatura, the date from the page's own markup (htmldate,
original date), title/byline/outlet from its metadata; site navigation stays out of the body."""

from __future__ import annotations

from claimgraph.clean import clean_document
from claimgraph.records import RawDocument

PARAGRAPHS = [
    "Russia launched 40 Shahed drones at the port of Odesa overnight, the Ukrainian air force "
    "said on Tuesday, in one of the largest attacks on the city this year.",
    "Air defences shot down 35 of the drones, according to the regional governor, who said that "
    "a warehouse and two residential buildings were damaged by falling debris.",
    "The air force said the drones were launched from the Primorsko-Akhtarsk area and from "
    "occupied Crimea, and that the attack lasted more than four hours.",
]

PAGE = (
    """<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Drones hit Odesa port overnight | Example News</title>
<meta property="og:title" content="Drones hit Odesa port overnight">
<meta property="og:site_name" content="Example News">
<meta name="author" content="Jane Doe">
<meta property="article:published_time" content="2023-03-02T08:15:00+00:00">
<meta property="article:modified_time" content="2024-05-21T10:00:00+00:00">
</head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/subscribe">Subscribe</a></li></ul></nav><div class="weather">8°C</div></header>
<main><article>
<h1>Drones hit Odesa port overnight</h1>
<p class="byline">By Jane Doe</p>
"""
    + "\n".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    + """
</article>
<aside><h2>Related stories</h2><ul><li><a href="/a">Ukraine says it repelled an attack</a></li>
<li><a href="/b">Kosovo and Serbia trade accusations at the UN</a></li></ul></aside>
</main>
<footer><p>© 2024 Example News. All rights reserved.</p><a href="/privacy">Privacy policy</a></footer>
</body></html>"""
)


def _clean(html: str, **hints: str):
    return clean_document(
        RawDocument(
            "https://example.org/odesa", html.encode(), "text/html", hints={"html": html, **hints}
        )
    )


def test_an_html_article_is_cleaned_to_its_body_with_metadata():
    doc = _clean(PAGE)
    body = doc.body_text
    for paragraph in PARAGRAPHS:
        assert paragraph in body
    for furniture in (
        "Subscribe",
        "Related stories",
        "All rights reserved",
        "Privacy policy",
        "8°C",
    ):
        assert furniture not in body
    assert doc.title == "Drones hit Odesa port overnight"
    assert doc.byline == "Jane Doe"
    assert doc.outlet == "Example News"
    assert doc.language == "en"
    # The original publication date from the markup, not the modification date.
    assert (doc.published.value, doc.published.source) == ("2023-03-02", "html-meta")
    assert doc.published.confidence >= 0.9
    # Spans index into the stored (extracted) text.
    assert all(doc.text[s.start : s.end] for s in doc.body)
    assert len(doc.paragraphs) >= 3


def test_a_page_without_date_markup_has_an_unknown_or_searched_date():
    html = PAGE.replace(
        '<meta property="article:published_time" content="2023-03-02T08:15:00+00:00">', ""
    )
    html = html.replace(
        '<meta property="article:modified_time" content="2024-05-21T10:00:00+00:00">', ""
    )
    doc = _clean(html)
    assert doc.published.source in ("unknown", "html-meta")
    if doc.published.source == "html-meta":
        assert doc.published.confidence < 0.9  # found by searching the text, not the markup


def test_a_feed_date_wins_over_the_markup():
    doc = _clean(PAGE, published="2023-03-01T22:00:00Z")
    assert (doc.published.value, doc.published.source) == ("2023-03-01", "container")


def test_malformed_and_empty_html_gives_an_empty_body_not_an_error():
    for html in ("", "<html><body></body></html>", "<div><p>unclosed <b>tags"):
        doc = _clean(html)
        assert isinstance(doc.body_text, str)
        assert doc.published.source in ("unknown", "html-meta")
