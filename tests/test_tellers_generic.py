"""Anonymous sources "close to" something and generic tellers ("Many say", "Experten sagen")
in French, German, Spanish, Russian and Ukrainian: a reader of the claims expects the teller
named as written and typed anonymous or group, so that such claims are never credited to the
thing the source is close to ("the investigation", "le Kremlin")."""

from __future__ import annotations

import pytest

from claimgraph.extract.attribution import find_attributions
from claimgraph.extract.claims import extract_claims_from_text


def _tellers(text: str, lang: str) -> list[tuple[str, str]]:
    return [(s.name, s.type) for a in find_attributions(text, lang) for s in a.chain]


@pytest.mark.parametrize(
    ("lang", "text", "teller"),
    [
        (
            "es",
            "Una fuente cercana a la investigación dijo que los drones fueron ensamblados en Irán.",
            "Una fuente cercana a la investigación",
        ),
        (
            "es",
            "Fuentes cercanas al Gobierno dijeron que el acuerdo se firmará antes de marzo.",
            "Fuentes cercanas al Gobierno",
        ),
        (
            "fr",
            "Une source proche du dossier a indiqué que les drones venaient d'Iran.",
            "Une source proche du dossier",
        ),
        (
            "fr",
            "Des sources proches du Kremlin ont affirmé que l'accord serait signé en mars.",
            "Des sources proches du Kremlin",
        ),
        (
            "de",
            "Eine mit den Ermittlungen vertraute Quelle sagte, die Drohnen stammten aus dem Iran.",
            "Eine mit den Ermittlungen vertraute Quelle",
        ),
    ],
)
def test_a_source_close_to_something_is_anonymous_and_named_in_full(
    lang: str, text: str, teller: str
) -> None:
    assert _tellers(text, lang) == [(teller, "anonymous")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Según fuentes cercanas a la investigación, Rusia recibió 300 drones en mayo."),
        ("ru", "Источник, близкий к расследованию, сообщил, что дроны собраны в Алабуге."),
        ("ru", "Как сообщил источник, близкий к Минобороны, дроны собраны в Татарстане."),
        ("uk", "Джерело, близьке до слідства, повідомило, що дрони зібрані в Алабузі."),
    ],
)
def test_a_source_close_to_something_is_never_the_thing_it_is_close_to(
    lang: str, text: str
) -> None:
    assert [kind for _, kind in _tellers(text, lang)] == ["anonymous"]


@pytest.mark.parametrize(
    ("lang", "text", "teller"),
    [
        ("de", "Viele sagen, dass die Drohnen aus dem Iran stammen.", "Viele"),
        ("de", "Experten sagen, dass Russland bis zu 6000 Drohnen im Jahr bauen will.", "Experten"),
        ("de", "Einige sagen, die Drohnen stammten aus dem Iran.", "Einige"),
        ("fr", "Beaucoup disent que la guerre va durer encore des années.", "Beaucoup"),
        ("fr", "Certains affirment que les drones venaient d'Iran.", "Certains"),
        ("es", "Muchos dicen que la guerra durará años.", "Muchos"),
        ("es", "Algunos dicen que los drones venían de Irán.", "Algunos"),
        ("ru", "Многие считают, что война продлится долго.", "Многие"),
        ("ru", "Эксперты говорят, что Россия производит 300 дронов в месяц.", "Эксперты"),
        ("uk", "Деякі вважають, що дрони зібрані в Ірані.", "Деякі"),
        ("uk", "Експерти кажуть, що Росія виробляє 300 дронів на місяць.", "Експерти"),
    ],
)
def test_generic_tellers_are_a_group(lang: str, text: str, teller: str) -> None:
    assert _tellers(text, lang) == [(teller, "group")]


def test_the_claim_of_a_source_close_to_an_investigation_is_reported_through_it() -> None:
    text = "Una fuente cercana a la investigación dijo que Rusia lanzó 300 drones en agosto."
    claims = [c for c in extract_claims_from_text(text, "es", "2024-05-21") if c.quantity]
    assert claims
    assert claims[0].sources[-1].name == "Una fuente cercana a la investigación"
    assert claims[0].sources[-1].type == "anonymous"


@pytest.mark.parametrize(
    ("lang", "text", "teller", "kind"),
    [
        # "du" (de le) and "des" (de les) link a role to what it is a role of: the whole
        # phrase speaks, not its complement
        (
            "fr",
            "Le porte-parole du ministère a déclaré que 300 drones ont été abattus.",
            "porte-parole du ministère",
            "person",
        ),
        (
            "fr",
            "Le porte-parole des forces armées a déclaré que 300 drones ont été abattus.",
            "porte-parole des forces armées",
            "person",
        ),
        (
            "fr",
            "Des responsables du Pentagone ont indiqué que 300 drones avaient été livrés.",
            "Des responsables du Pentagone",
            "anonymous",
        ),
        (
            "fr",
            "La plupart des experts estiment que la guerre va durer.",
            "plupart des experts",
            "group",
        ),
        (
            "de",
            "Der Sprecher des Ministeriums sagte, 300 Drohnen seien abgeschossen worden.",
            "Sprecher des Ministeriums",
            "person",
        ),
        (
            "de",
            "Ein Sprecher der Luftwaffe sagte, 300 Drohnen seien abgeschossen worden.",
            "Ein Sprecher der Luftwaffe",
            "person",
        ),
    ],
)
def test_an_article_that_is_also_a_link_keeps_the_teller_whole(
    lang: str, text: str, teller: str, kind: str
) -> None:
    assert _tellers(text, lang) == [(teller, kind)]


@pytest.mark.parametrize(
    ("text", "teller"),
    [
        (
            "Según una fuente cercana al Gobierno, Rusia recibió 300 drones en mayo.",
            "una fuente cercana al Gobierno",
        ),
        (
            "Según fuentes cercanas a la investigación, Rusia recibió 300 drones en mayo.",
            "fuentes cercanas a la investigación",
        ),
        (
            "Según una fuente próxima al Ejecutivo, el acuerdo se firmará en marzo.",
            "una fuente próxima al Ejecutivo",
        ),
    ],
)
def test_according_to_a_source_close_to_something_names_it_in_full(text: str, teller: str) -> None:
    assert _tellers(text, "es") == [(teller, "anonymous")]


def test_according_to_a_named_teller_stops_at_the_link_after_it() -> None:
    # no anonymous marker before "a": the teller ends before it, as before
    text = "Según el ministerio, a las cinco de la mañana cayeron 300 drones."
    assert _tellers(text, "es") == [("ministerio", "government")]


@pytest.mark.parametrize(
    ("lang", "text", "teller"),
    [
        (
            "ru",
            "Источник, близкий к расследованию, сообщил, что дроны собраны в Алабуге.",
            "Источник, близкий к расследованию",
        ),
        (
            "ru",
            "Источники, близкие к Кремлю, сообщили, что переговоры начнутся в марте.",
            "Источники, близкие к Кремлю",
        ),
        (
            "uk",
            "Джерело, близьке до слідства, повідомило, що дрони зібрані в Алабузі.",
            "Джерело, близьке до слідства",
        ),
        (
            "uk",
            "Джерело, обізнане з ситуацією, повідомило, що дрони зібрані в Алабузі.",
            "Джерело, обізнане з ситуацією",
        ),
    ],
)
def test_an_anonymous_source_and_the_aside_describing_it_are_one_teller(
    lang: str, text: str, teller: str
) -> None:
    assert _tellers(text, lang) == [(teller, "anonymous")]


def test_a_named_person_close_to_someone_stays_the_person() -> None:
    text = "Дмитрий Песков, близкий к Путину, сообщил, что переговоры начнутся в марте."
    assert _tellers(text, "ru") == [("Дмитрий Песков", "person")]
