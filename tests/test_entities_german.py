"""German names: every noun is capitalised, so a name needs evidence a noun does not have.

Wire-style sentences (dpa): compound roles before a name, transliterated surnames standing alone
("sagte Selenskyj"), a surname that the article names in full elsewhere, common nouns with their
noun endings, and genitive phrases that are no organisation's name.
"""

from __future__ import annotations

import pytest

from claimgraph.extract.entities import extract_mentions
from claimgraph.records import Mention


def _found(text: str) -> dict[str, Mention]:
    return {m.text: m for m in extract_mentions(text, "de")}


def test_a_dpa_report_names_its_tellers_but_not_its_nouns() -> None:
    text = (
        "Russland hat die Ukraine in der Nacht mit 43 Drohnen angegriffen. Die ukrainische "
        "Luftwaffe habe 37 davon abgeschossen, sagte Selenskyj am Sonntag. Kremlsprecher Dmitri "
        "Peskow wies die Vorwürfe zurück. Das teilte das Verteidigungsministerium in Moskau mit. "
        "Nach Einschätzung der Regierung in Kiew wurden Einrichtungen der Energieversorgung "
        "getroffen. Militärexperte Gustav Gressel sagte der Deutschen Presse-Agentur, die "
        "Produktion in Alabuga werde ausgeweitet."
    )
    found = _found(text)
    assert found["Selenskyj"].type == "person"
    assert found["Dmitri Peskow"].type == "person"
    assert found["Dmitri Peskow"].role == "Kremlsprecher"
    assert found["Gustav Gressel"].role == "Militärexperte"
    assert found["ukrainische Luftwaffe"].entity_id == "ukrainian-air-force"
    assert found["Deutschen Presse-Agentur"].type == "outlet"
    assert found["Regierung"].type == "org"  # not "Einschätzung der Regierung"
    for noun in ("Vorwürfe", "Einschätzung", "Einrichtungen", "Energieversorgung", "Produktion"):
        assert not any(noun in m.text for m in found.values()), noun
    for m in found.values():
        assert text[m.span.start : m.span.end] == m.text


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Kremlsprecher Dmitri Peskow wies das zurück.", "Dmitri Peskow", "Kremlsprecher"),
        ("Bundeskanzler Olaf Scholz verurteilte die Angriffe.", "Olaf Scholz", "Bundeskanzler"),
        (
            "Das sagte Luftwaffensprecher Juri Ihnat im Fernsehen.",
            "Juri Ihnat",
            "Luftwaffensprecher",
        ),
        (
            "Die Lieferung bestätigte Außenministerin Annalena Baerbock nicht.",
            "Annalena Baerbock",
            "Außenministerin",
        ),
        (
            "Sicherheitsberater Jake Sullivan äußerte sich zurückhaltend.",
            "Jake Sullivan",
            "Sicherheitsberater",
        ),
    ],
)
def test_a_compound_role_before_a_name_is_that_persons_role(
    text: str, name: str, role: str
) -> None:
    found = _found(text)
    assert found[name].type == "person"
    assert found[name].role == role


@pytest.mark.parametrize(
    ("text", "surname"),
    [
        ("Die Angriffe gingen weiter, sagte Selenskyj am Abend.", "Selenskyj"),
        ("Zuvor hatte Peskow die Berichte dementiert.", "Peskow"),
        ("Laut Synjehubow wurden zwei Menschen verletzt.", "Synjehubow"),
        ("Die Ministerin Schewtschuk sprach von Sabotage.", "Schewtschuk"),
        ("Das kündigte Saluschnyj im Januar an.", "Saluschnyj"),
    ],
)
def test_a_transliterated_surname_alone_is_a_person(text: str, surname: str) -> None:
    assert _found(text)[surname].type == "person"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Das bestätigte Schmyhal in Kiew.", "Schmyhal"),
        ("Nach Angaben von Klitschko fiel der Strom aus.", "Klitschko"),
        ("Das bestätigte die Bahn in Kiew.", "Bahn"),
    ],
)
def test_a_lone_capitalised_word_without_evidence_is_no_name(text: str, word: str) -> None:
    assert word not in _found(text)


def test_a_surname_named_in_full_elsewhere_is_that_person_alone() -> None:
    text = (
        "Regierungschef Denys Schmyhal kündigte Hilfen an.\n\n"
        "Schmyhal sagte, die Reparaturen würden Wochen dauern. Später bestätigte Schmyhal die "
        "Zahl der Opfer."
    )
    found = [m for m in extract_mentions(text, "de") if m.text == "Schmyhal"]
    assert len(found) == 2
    assert all(m.type == "person" and m.canonical == "Denys Schmyhal" for m in found)
    # Without the full name the same words are no evidence of a person.
    alone = extract_mentions("Schmyhal sagte, die Reparaturen würden Wochen dauern.", "de")
    assert not any(m.text == "Schmyhal" for m in alone)


@pytest.mark.parametrize(
    "text",
    [
        "Die Versorgungslage bleibt nach Einschätzung der Behörden angespannt.",
        "Beobachter rechnen mit weiteren Angriffen. Sicherheitsexperten warnen vor Eskalation.",
        "Bei dem Angriff wurden nach Behördenangaben drei Menschen getötet.",
        "Die Zusammenarbeit der Unternehmen bleibt laut Mitteilung geheim.",
    ],
)
def test_common_nouns_are_not_names(text: str) -> None:
    assert [m for m in extract_mentions(text, "de") if m.type in ("person", "name")] == []


def test_the_rules_stay_with_german() -> None:
    # English does not capitalise nouns: a sentence-initial surname still needs its own cue there.
    found = {m.text for m in extract_mentions("Peskow denied it. Nobody else did.", "en")}
    assert "Peskow" not in found


@pytest.mark.parametrize(
    ("lang", "text", "name", "role"),
    [
        (
            "de",
            "Der Gouverneur der Region Charkiw, Oleh Synjehubow, teilte mit, zwei Menschen seien "
            "verletzt worden.",
            "Oleh Synjehubow",
            "Gouverneur",
        ),
        (
            "de",
            "Der Sprecher der ukrainischen Luftwaffe, Juri Ihnat, sagte, 40 Drohnen seien "
            "abgeschossen worden.",
            "Juri Ihnat",
            "Sprecher",
        ),
        (
            "en",
            "The spokesman for the Ukrainian Air Force, Yuriy Ihnat, said 40 drones were downed.",
            "Yuriy Ihnat",
            "spokesman",
        ),
        (
            "es",
            "El portavoz de la Fuerza Aérea, Yuri Ihnat, dijo que 40 drones fueron derribados.",
            "Yuri Ihnat",
            "portavoz",
        ),
    ],
)
def test_a_role_of_an_organisation_or_place_reaches_the_name_in_apposition(
    lang: str, text: str, name: str, role: str
) -> None:
    found = {m.text: m for m in extract_mentions(text, lang)}
    assert found[name].type == "person"
    assert found[name].role == role


def test_a_given_name_before_a_watched_surname_belongs_to_the_person() -> None:
    found = {m.text: m for m in extract_mentions("Das sagte Juri Ihnat im Fernsehen.", "de")}
    assert found["Juri Ihnat"].entity_id == "yuriy-ihnat"
    # A clause between role and name is no apposition.
    found = {m.text: m for m in extract_mentions("The minister said, John Smith, was hurt.", "en")}
    assert found["John Smith"].role is None
