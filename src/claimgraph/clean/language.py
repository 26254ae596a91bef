"""Language identification with a confidence: py3langid with normalised probabilities.

The document gets one language; each paragraph gets its own, because mixed documents exist (a
French article quoting an English statement, a bilingual Telegram post). Short paragraphs carry
little signal, so a weak verdict on a short paragraph (or one where the model rates the document's
language nearly as likely) falls back to the document's language, with the model's probability
for it as the confidence.
"""

from __future__ import annotations

from functools import cache

from py3langid.langid import MODEL_FILE, LanguageIdentifier

from claimgraph.records import Paragraph, Span

# Enough text to decide; classifying more only costs time on huge documents.
MAX_CLASSIFY_CHARS = 20_000
MIN_LETTERS = 3
# Below this probability a paragraph verdict is weak enough to prefer the document's language.
WEAK_CONFIDENCE = 0.5
DOC_PRIOR_RATIO = 0.2
SHORT_PARAGRAPH_WORDS = 8


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


def paragraph_languages(
    text: str, spans: list[Span], document_language: str | None
) -> list[Paragraph]:
    """A :class:`Paragraph` per span with its own language and confidence."""
    paragraphs: list[Paragraph] = []
    for span in spans:
        segment = text[span.start : span.end][:MAX_CLASSIFY_CHARS]
        lang, prob = detect_language(segment)
        if lang is not None and prob < WEAK_CONFIDENCE and document_language not in (None, lang):
            ranking = dict(_identifier().rank(segment))
            prior = float(ranking.get(document_language, 0.0))
            # A few words cannot overrule the document; a longer paragraph needs a clear verdict.
            if prior >= DOC_PRIOR_RATIO * prob or len(segment.split()) < SHORT_PARAGRAPH_WORDS:
                lang, prob = document_language, round(prior, 4)
        paragraphs.append(Paragraph(span.start, span.end, lang, prob))
    return paragraphs
