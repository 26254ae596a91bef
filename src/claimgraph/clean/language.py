"""Language identification with a confidence: py3langid with normalised probabilities.

Each body paragraph gets its own language, because mixed documents exist (a French article
quoting an English statement, a bilingual Telegram post). The document's language is the
length-weighted vote of its paragraphs when they agree; when they do not (or there are none),
the whole body is classified at once. Short paragraphs carry little signal, so a weak verdict on a
short paragraph (or one where the model rates the document's language nearly as likely) falls back
to the document's language, with the model's probability for it as the confidence.
"""

from __future__ import annotations

from collections import defaultdict
from functools import cache

from py3langid.langid import MODEL_FILE, LanguageIdentifier

from claimgraph.records import Paragraph, Span

# Enough text to decide; classifying more only costs time on huge documents and paragraphs.
MAX_CLASSIFY_CHARS = 20_000
# A paragraph's language is clear from its first few sentences; py3langid's cost is per byte.
MAX_PARAGRAPH_CHARS = 400
MIN_LETTERS = 3
# Below this probability a paragraph verdict is weak enough to prefer the document's language.
WEAK_CONFIDENCE = 0.5
DOC_PRIOR_RATIO = 0.2
SHORT_PARAGRAPH_WORDS = 8
# The paragraphs "agree" when one language holds this share of the body's length.
AGREEMENT_SHARE = 0.8


@cache
def _identifier() -> LanguageIdentifier:
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def _has_letters(text: str) -> bool:
    count = 0
    for ch in text:
        if ch.isalpha():
            count += 1
            if count >= MIN_LETTERS:
                return True
    return False


def detect_language(text: str) -> tuple[str | None, float]:
    """(ISO 639-1 code, probability) for ``text``; ``(None, 0.0)`` when there is nothing to read."""
    sample = text[:MAX_CLASSIFY_CHARS]
    if not _has_letters(sample):
        return None, 0.0
    lang, prob = _identifier().classify(sample)
    return str(lang), round(float(prob), 4)


def detect_languages(
    text: str, spans: list[Span], hint: str | None = None
) -> tuple[str | None, float, list[Paragraph]]:
    """The document's (language, confidence) and a :class:`Paragraph` per body span.

    ``hint`` (a container's declared language) is used only when the text cannot decide.
    """
    verdicts = [detect_language(text[s.start : s.end][:MAX_PARAGRAPH_CHARS]) for s in spans]
    lang, confidence = _vote(spans, verdicts)
    if lang is None:
        body = "\n".join(text[s.start : s.end] for s in spans) if spans else text
        lang, confidence = detect_language(body)
    if hint and (lang is None or (lang != hint and confidence < WEAK_CONFIDENCE)):
        lang, confidence = hint, WEAK_CONFIDENCE
    paragraphs = [
        _paragraph(text, span, verdict, lang) for span, verdict in zip(spans, verdicts, strict=True)
    ]
    return lang, confidence, paragraphs


def _vote(spans: list[Span], verdicts: list[tuple[str | None, float]]) -> tuple[str | None, float]:
    weight: dict[str, float] = defaultdict(float)
    total = 0
    for span, (lang, prob) in zip(spans, verdicts, strict=True):
        size = min(len(span), MAX_PARAGRAPH_CHARS)
        total += size
        if lang is not None:
            weight[lang] += size * prob
    if not weight or total == 0:
        return None, 0.0
    best = max(weight, key=weight.__getitem__)
    share = weight[best] / total
    if share < AGREEMENT_SHARE:
        return None, 0.0  # mixed or unsure: let the whole body decide
    return best, round(share, 4)


def _paragraph(
    text: str, span: Span, verdict: tuple[str | None, float], document_language: str | None
) -> Paragraph:
    lang, prob = verdict
    if lang is not None and prob < WEAK_CONFIDENCE and document_language not in (None, lang):
        segment = text[span.start : span.end][:MAX_PARAGRAPH_CHARS]
        ranking = dict(_identifier().rank(segment))
        prior = float(ranking.get(document_language, 0.0))
        # A few words cannot overrule the document; a longer paragraph needs a clear verdict.
        if prior >= DOC_PRIOR_RATIO * prob or len(segment.split()) < SHORT_PARAGRAPH_WORDS:
            lang, prob = document_language, round(prior, 4)
    return Paragraph(span.start, span.end, lang, prob)


def paragraph_languages(
    text: str, spans: list[Span], document_language: str | None
) -> list[Paragraph]:
    """A :class:`Paragraph` per span with its own language and confidence, weak verdicts on
    short paragraphs deferring to ``document_language``."""
    return [
        _paragraph(
            text,
            span,
            detect_language(text[span.start : span.end][:MAX_PARAGRAPH_CHARS]),
            document_language,
        )
        for span in spans
    ]
