"""Denials, retractions and statement cues in French, German, Spanish, Russian and Ukrainian,
end to end: the claims of a wire-style sentence carry the right modality and teller."""

from __future__ import annotations

import pytest

from claimgraph.extract.attribution import find_denials_and_retractions
from claimgraph.extract.claims import extract_claims_from_text
from claimgraph.records import Claim


def _claims(text: str, lang: str) -> list[Claim]:
    return extract_claims_from_text(text, lang, "2024-05-21")


@pytest.mark.parametrize(
    ("lang", "text", "teller"),
    [
        (
            "fr",
            "Le ministère russe de la Défense a démenti avoir utilisé des drones iraniens.",
            "ministère russe de la Défense",
        ),
        ("fr", "Le Kremlin a démenti les informations sur la livraison de drones.", "Kremlin"),
        (
            "de",
            "Das Verteidigungsministerium dementierte, iranische Drohnen einzusetzen.",
            "Verteidigungsministerium",
        ),
        ("de", "Moskau bestreitet, iranische Drohnen einzusetzen.", "Moskau"),
        (
            "es",
            "El Ministerio de Defensa desmintió haber usado drones iraníes.",
            "Ministerio de Defensa",
        ),
        (
            "ru",
            "Министерство обороны России опровергло использование иранских дронов.",
            "Министерство обороны России",
        ),
        (
            "uk",
            "Міністерство оборони спростувало використання іранських дронів.",
            "Міністерство оборони",
        ),
    ],
)
def test_a_denial_is_a_denied_claim_with_its_teller(lang: str, text: str, teller: str) -> None:
    denied = [c for c in _claims(text, lang) if c.modality == "denied"]
    assert denied, _claims(text, lang)
    assert denied[0].sources[-1].name == teller
    found = find_denials_and_retractions(text, lang)
    assert [d.kind for d in found] == ["denial"]


@pytest.mark.parametrize(
    ("lang", "text", "teller", "measure"),
    [
        (
            "fr",
            "Le porte-parole retire ses propos sur les 300 drones livrés.",
            "porte-parole",
            "delivered",
        ),
        (
            "fr",
            "Le journal a retiré ses propos sur la production de 6 000 drones.",
            "journal",
            None,
        ),
        (
            "de",
            "Der Sprecher nahm seine Aussage zurück, dass 300 Drohnen geliefert worden seien.",
            "Sprecher",
            "delivered",
        ),
        (
            "es",
            "El portavoz se retractó de sus declaraciones sobre los 300 drones entregados.",
            "portavoz",
            "delivered",
        ),
        (
            "ru",
            "Представитель ведомства отозвал заявление о поставке 300 дронов.",
            "Представитель ведомства",
            "delivered",
        ),
        ("uk", "Речник відкликав заяву про постачання 300 дронів.", "Речник", "delivered"),
    ],
)
def test_a_retracted_figure_is_a_retracted_claim_with_its_teller(
    lang: str, text: str, teller: str, measure: str | None
) -> None:
    claims = _claims(text, lang)
    assert [c.modality for c in claims] == ["retracted"], claims
    assert claims[0].sources[-1].name == teller
    if measure is not None:
        assert claims[0].measure == measure
    assert [d.kind for d in find_denials_and_retractions(text, lang)] == ["retraction"]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Die Zeitung zog ihre Angaben zurück.", "zog ihre Angaben zurück"),
        ("Der Minister nahm seine Äußerung zurück.", "nahm seine Äußerung zurück"),
        ("Das Ministerium widerrief die Meldung.", "widerrief"),
    ],
)
def test_a_german_retraction_with_its_object_between_verb_and_particle(text: str, cue: str) -> None:
    found = find_denials_and_retractions(text, "de")
    assert [d.kind for d in found] == ["retraction"]
    assert text[found[0].cue.start : found[0].cue.end] == cue


@pytest.mark.parametrize(
    ("lang", "text", "teller_word"),
    [
        (
            "fr",
            "Dans un communiqué, le ministère a indiqué que 40 drones avaient été abattus.",
            "ministère",
        ),
        (
            "fr",
            "Selon un communiqué de l'armée de l'air, 40 drones ont été abattus.",
            "armée de l'air",
        ),
        (
            "de",
            "In einer Erklärung des Ministeriums hieß es, 40 Drohnen seien abgeschossen worden.",
            "Ministeriums",
        ),
        ("de", "Laut einer Mitteilung der Luftwaffe wurden 40 Drohnen abgeschossen.", "Luftwaffe"),
        (
            "es",
            "En un comunicado, el ministerio informó que 40 drones fueron derribados.",
            "ministerio",
        ),
        (
            "es",
            "Según un comunicado de la Fuerza Aérea, 40 drones fueron derribados.",
            "Fuerza Aérea",
        ),
        ("ru", "В заявлении министерства говорится, что сбиты 40 дронов.", "министерства"),
        ("ru", "В сообщении Минобороны отмечается, что сбиты 40 дронов.", "Минобороны"),
        ("uk", "У заяві міністерства йдеться, що збито 40 дронів.", "міністерства"),
        ("uk", "У повідомленні Повітряних сил зазначається, що збито 40 дронів.", "Повітряних сил"),
    ],
)
def test_a_figure_from_a_statement_is_reported_by_who_made_the_statement(
    lang: str, text: str, teller_word: str
) -> None:
    claims = [c for c in _claims(text, lang) if c.quantity is not None]
    assert claims, _claims(text, lang)
    assert claims[0].modality == "reported"
    assert claims[0].quantity.value == 40  # type: ignore[union-attr]
    assert teller_word in claims[0].sources[-1].name, claims[0].sources
