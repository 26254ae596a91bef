"""A bare count that is the subject of a trigger takes the thing counted just before.

An air force's overnight summary often names what was launched once and then goes on with bare
numbers: "Russia launched 40 Shahed drones overnight. 34 were shot down." A reader expects the
34 as a claim of its own: 34 drones (the Shaheds), intercepted, told by the same air force, for
the same night. A bare number with no trigger, or one in a sentence about another period ("In
2023, 34 were shot down"), is no such claim.
"""

from __future__ import annotations

import pytest

from claimgraph.extract.claims import extract_claims_from_text
from claimgraph.records import Claim

PUBLISHED = "2025-11-21"

SUMMARIES = {
    "en": "Russia launched 40 Shahed drones overnight, the Ukrainian Air Force said. "
          "34 were shot down.",
    "fr": "La Russie a lancé 40 drones Shahed dans la nuit, selon l'armée de l'air ukrainienne. "
          "34 ont été abattus.",
    "de": "Russland hat in der Nacht 40 Shahed-Drohnen gestartet, teilte die ukrainische "
          "Luftwaffe mit. 34 wurden abgeschossen.",
    "es": "Rusia lanzó 40 drones Shahed durante la noche, según la Fuerza Aérea de Ucrania. "
          "34 fueron derribados.",
    "ru": "Россия запустила ночью 40 дронов Шахед, сообщили Воздушные силы Украины. "
          "34 были сбиты.",
    "uk": "Росія вночі атакувала 40 ударними БпЛА типу Шахед, повідомили Повітряні сили ЗСУ. "
          "34 збито.",
}  # fmt: skip


def _figures(text: str, lang: str) -> list[Claim]:
    return [c for c in extract_claims_from_text(text, lang, PUBLISHED) if c.quantity is not None]


@pytest.mark.parametrize("lang", sorted(SUMMARIES))
def test_a_bare_count_shot_down_counts_the_drones_launched_before(lang: str) -> None:
    launched, shot_down = _figures(SUMMARIES[lang], lang)
    assert launched.quantity is not None and shot_down.quantity is not None
    assert (launched.quantity.value, launched.measure) == (40.0, "launched")
    assert (shot_down.quantity.value, shot_down.quantity.unit) == (34.0, "drone")
    assert shot_down.measure == "intercepted"
    assert shot_down.subject == "shahed-136"  # the weapon named with the 40
    # the same account: same teller, same modality, same night
    assert [s.name for s in shot_down.sources] == [s.name for s in launched.sources]
    assert shot_down.modality == launched.modality == "reported"
    assert shot_down.when == launched.when
    # the evidence is the bare count's own sentence
    assert shot_down.evidence_text.startswith("34")


SAME_SENTENCE = {
    "en": "Russia attacked with 52 drones overnight, and 41 were shot down.",
    "fr": "La Russie a attaqué avec 52 drones dans la nuit, et 41 ont été abattus.",
    "de": "Russland griff in der Nacht mit 52 Drohnen an, und 41 wurden abgeschossen.",
    "es": "Rusia atacó con 52 drones durante la noche, y 41 fueron derribados.",
    "ru": "Россия атаковала ночью 52 беспилотниками, и 41 был сбит.",
    "uk": "Росія атакувала вночі 52 дронами, і 41 було збито.",
}


@pytest.mark.parametrize("lang", sorted(SAME_SENTENCE))
def test_a_bare_count_after_a_coordinator_in_the_same_sentence(lang: str) -> None:
    found = {c.quantity.value: c for c in _figures(SAME_SENTENCE[lang], lang) if c.quantity}
    assert set(found) == {52.0, 41.0}
    assert found[41.0].measure == "intercepted"
    assert found[41.0].quantity is not None and found[41.0].quantity.unit == "drone"


MIXED = {
    "en": "Russia launched 40 drones and 3 missiles overnight. 34 were shot down.",
    "fr": "La Russie a lancé 40 drones et 3 missiles dans la nuit. 34 ont été abattus.",
    "de": "Russland startete in der Nacht 40 Drohnen und 3 Raketen. 34 wurden abgeschossen.",
    "es": "Rusia lanzó 40 drones y 3 misiles durante la noche. 34 fueron derribados.",
    "ru": "Россия запустила ночью 40 беспилотников и 3 ракеты. 34 были сбиты.",
    "uk": "Росія запустила вночі 40 дронів і 3 ракети. 34 збито.",
}


@pytest.mark.parametrize("lang", sorted(MIXED))
def test_a_part_is_not_counted_out_of_a_smaller_whole(lang: str) -> None:
    found = {c.quantity.value: c for c in _figures(MIXED[lang], lang) if c.quantity}
    assert found[34.0].quantity is not None
    assert (found[34.0].quantity.unit, found[34.0].measure) == ("drone", "intercepted")


OTHER_YEAR = {
    "en": "Russia launched 40 drones overnight. In 2023, 34 were shot down.",
    "fr": "La Russie a lancé 40 drones dans la nuit. En 2023, 34 ont été abattus.",
    "de": "Russland startete in der Nacht 40 Drohnen. Im Jahr 2023 wurden 34 abgeschossen.",
    "es": "Rusia lanzó 40 drones durante la noche. En 2023, 34 fueron derribados.",
    "ru": "Россия запустила ночью 40 беспилотников. В 2023 году 34 были сбиты.",
    "uk": "Росія запустила вночі 40 дронів. У 2023 році 34 було збито.",
}


@pytest.mark.parametrize("lang", sorted(OTHER_YEAR))
def test_no_claim_for_a_count_about_another_year(lang: str) -> None:
    values = [c.quantity.value for c in _figures(OTHER_YEAR[lang], lang) if c.quantity]
    assert values == [40.0]  # neither the year nor the 34 of another period


NO_TRIGGER = {
    "en": "Russia launched 40 drones overnight. 34 reached the Kyiv region.",
    "fr": "La Russie a lancé 40 drones dans la nuit. 34 ont atteint la région de Kyiv.",
    "de": "Russland startete in der Nacht 40 Drohnen. 34 erreichten die Region Kiew.",
    "es": "Rusia lanzó 40 drones durante la noche. 34 llegaron a la región de Kiev.",
    "ru": "Россия запустила ночью 40 беспилотников. 34 долетели до Киевской области.",
    "uk": "Росія запустила вночі 40 дронів. 34 долетіли до Київської області.",
}


@pytest.mark.parametrize("lang", sorted(NO_TRIGGER))
def test_no_claim_for_a_bare_number_with_no_trigger(lang: str) -> None:
    values = [c.quantity.value for c in _figures(NO_TRIGGER[lang], lang) if c.quantity]
    assert values == [40.0]


def test_a_bare_count_in_another_paragraph_takes_nothing() -> None:
    text = "Russia launched 40 drones overnight.\n\n34 were shot down."
    assert [c.quantity.value for c in _figures(text, "en") if c.quantity] == [40.0]


def test_a_bare_count_not_opening_its_clause_takes_nothing() -> None:
    # "the last 34" is no subject of its own: the number does not open the clause
    text = "Russia launched 40 drones overnight. The last 34 were shot down near Kyiv."
    assert [c.quantity.value for c in _figures(text, "en") if c.quantity] == [40.0]
