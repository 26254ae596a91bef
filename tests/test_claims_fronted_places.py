"""Wire reports open with where it happened, set off by a comma ("À Kharkiv, 12 drones ont été
abattus"). The place is found in every language (a capitalised "À" opening the sentence is no
part of the name), the wounded there are its figure, and drones shot down there were shot down
by the place's country, as a sky named after "over" already says (claims.yaml
``locative_words``); a target word ("At Kursk,") names no interceptor."""

from __future__ import annotations

import pytest

from claimgraph.extract.claims import extract_claims_from_text


def _claims(text: str, lang: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(c.measure, c.subject, c.place) for c in extract_claims_from_text(text, lang)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "In Kharkiv, 12 drones were shot down."),
        ("fr", "À Kharkiv, 12 drones ont été abattus."),
        ("fr", "A Kharkiv, 12 drones ont été abattus."),
        ("de", "In Charkiw, so die Behörden, wurden 12 Drohnen abgeschossen."),
        ("es", "En Járkov, 12 drones fueron derribados."),
        ("ru", "В Харькове, по данным властей, сбиты 12 беспилотников."),
        ("uk", "У Харкові, за даними влади, збито 12 дронів."),
    ],
)
def test_drones_shot_down_where_the_sentence_opens(lang: str, text: str) -> None:
    assert _claims(text, lang) == [("intercepted", "ukraine", "Kharkiv")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "In Kharkiv, 12 people were injured."),
        ("fr", "À Kharkiv, 12 personnes ont été blessées."),
        ("de", "In Charkiw wurden 12 Menschen verletzt."),
        ("es", "En Járkov, 12 personas resultaron heridas."),
        ("ru", "В Харькове ранены 12 человек."),
        ("uk", "У Харкові поранено 12 людей."),
    ],
)
def test_the_wounded_of_a_fronted_place_are_its_figure(lang: str, text: str) -> None:
    assert _claims(text, lang) == [("injured", "Kharkiv", "Kharkiv")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "At Kursk, 5 drones were shot down."),
        ("fr", "Vers Koursk, 5 drones ont été abattus."),
    ],
)
def test_a_target_word_opening_the_sentence_names_no_interceptor(lang: str, text: str) -> None:
    [(measure, subject, _)] = _claims(text, lang)
    assert measure == "intercepted" and subject is None


def test_a_named_agent_still_wins_over_the_fronted_place() -> None:
    text = "In Kharkiv, Russian forces shot down 12 Ukrainian drones."
    [(measure, subject, _)] = _claims(text, "en")
    assert (measure, subject) == ("intercepted", "russia")
