"""Language with a confidence, for the document and for each paragraph (mixed documents exist)."""

from __future__ import annotations

import pytest

from claimgraph.clean import clean_document
from claimgraph.records import RawDocument

SENTENCES = {
    "en": "Russia launched forty drones at the port overnight, and the air force said most of them were shot down.",
    "fr": "La Russie a lancé quarante drones sur le port pendant la nuit, et l'armée de l'air affirme en avoir abattu la plupart.",
    "de": "Russland hat in der Nacht vierzig Drohnen auf den Hafen abgefeuert, die meisten wurden nach Angaben der Luftwaffe abgeschossen.",
    "es": "Rusia lanzó cuarenta drones contra el puerto durante la noche y la fuerza aérea dijo que derribó la mayoría de ellos.",
    "ru": "Ночью Россия выпустила сорок беспилотников по порту, и в воздушных силах заявили, что большинство из них сбиты.",
    "uk": "Вночі Росія випустила сорок дронів по порту, і в Повітряних силах заявили, що більшість із них збито.",
}


def _clean(text: str, **hints: str):
    return clean_document(
        RawDocument("t.txt", text.encode(), "text/plain", hints={"text": text, **hints})
    )


@pytest.mark.parametrize("lang", sorted(SENTENCES))
def test_document_language_with_confidence(lang):
    doc = _clean(SENTENCES[lang])
    assert doc.language == lang
    assert 0.5 < doc.language_confidence <= 1.0
    assert [p.language for p in doc.paragraphs] == [lang]


def test_a_mixed_document_has_paragraphs_in_each_language():
    text = "\n".join(
        [SENTENCES["uk"], SENTENCES["uk"].replace("сорок", "тридцять"), SENTENCES["en"]]
    )
    doc = _clean(text)
    assert doc.language == "uk"
    assert [p.language for p in doc.paragraphs] == ["uk", "uk", "en"]
    assert all(p.confidence > 0.5 for p in doc.paragraphs)


def test_a_short_subheading_follows_the_document_language():
    text = "\n".join(
        [SENTENCES["en"], "the Alabuga factory", SENTENCES["en"].replace("forty", "fifty")]
    )
    doc = _clean(text)
    assert [p.language for p in doc.paragraphs] == ["en", "en", "en"]


def test_a_declared_language_is_used_only_when_the_text_cannot_decide():
    assert _clean("12 345 678", language="de").language == "de"
    assert _clean(SENTENCES["fr"], language="de").language == "fr"
