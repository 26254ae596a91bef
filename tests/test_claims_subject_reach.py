"""Whom a claim is about when its own sentence names no one, and who shoots down a share.

A reader of "Russia is building a drone plant in Tatarstan. The plant should run around the
clock. However, construction is at least a month behind." knows the delay is Russia's plant's,
although the two sentences before the figure name no one: the subject carries past sentences
of the paragraph that name no one. A share shot down is about who shot down, named in its own
clause, never the attacker named before ("Russia launched 84 drones from Russian territory.
100 percent were shot down by air defences" is not Russia's rate).
"""

from __future__ import annotations

import pytest

from claimgraph.extract.claims import extract_claims_from_text
from claimgraph.records import Claim


def _figures(text: str, lang: str) -> list[Claim]:
    return [c for c in extract_claims_from_text(text, lang) if c.quantity is not None]


DELAYED_PLANT = {
    "en": "Documents show Russia's efforts to set up a drone factory. The plant should run "
          "around the clock on a huge production line. However, construction is at least one "
          "month behind schedule.",
    "fr": "Des documents montrent les efforts de la Russie pour établir une usine de drones. "
          "L'usine devrait fonctionner 24 heures sur 24 sur une chaîne massive. Cependant, la "
          "construction a au moins un mois de retard.",
    "de": "Dokumente zeigen, dass Russland eine Drohnenfabrik errichten will. Die Anlage soll "
          "rund um die Uhr laufen. Die Bauarbeiten liegen jedoch mindestens einen Monat hinter "
          "dem Zeitplan.",
    "es": "Los documentos muestran los esfuerzos de Rusia por establecer una fábrica de drones. "
          "La planta debería funcionar las 24 horas del día. Sin embargo, la construcción lleva "
          "al menos un mes de retraso.",
    "ru": "Документы показывают усилия России по созданию завода беспилотников. Предприятие "
          "должно работать круглосуточно. Однако строительство отстает от графика как минимум "
          "на один месяц.",
    "uk": "Документи показують зусилля Росії зі створення заводу безпілотників. Підприємство "
          "має працювати цілодобово. Проте будівництво відстає від графіка щонайменше на один "
          "місяць.",
}  # fmt: skip


@pytest.mark.parametrize("lang", sorted(DELAYED_PLANT))
def test_the_subject_carries_past_sentences_that_name_no_one(lang: str) -> None:
    (delay,) = [c for c in _figures(DELAYED_PLANT[lang], lang) if c.measure == "duration"]
    assert delay.quantity is not None and delay.quantity.unit == "month"
    assert delay.subject == "russia"


@pytest.mark.parametrize("lang", sorted(DELAYED_PLANT))
def test_the_subject_does_not_carry_into_another_paragraph(lang: str) -> None:
    first, rest = DELAYED_PLANT[lang].split(". ", 1)
    (delay,) = [c for c in _figures(f"{first}.\n\n{rest}", lang) if c.measure == "duration"]
    assert delay.subject is None


RATES = {
    "en": "Russia launched 84 drones from Russian territory. 90 percent of the drones were shot "
          "down by air defences.",
    "fr": "La Russie a lancé 84 drones depuis le territoire russe. 90 % des drones ont été "
          "abattus par la défense aérienne.",
    "de": "Russland startete 84 Drohnen vom russischen Territorium. 90 Prozent der Drohnen wurden "
          "abgeschossen.",
    "es": "Rusia lanzó 84 drones desde territorio ruso. El 90 % de los drones fueron derribados "
          "por la defensa antiaérea.",
    "ru": "Россия запустила 84 беспилотника с российской территории. 90 процентов беспилотников "
          "были сбиты средствами ПВО.",
    "uk": "Росія запустила 84 дрони з російської території. 90 відсотків дронів було збито "
          "засобами ППО.",
}  # fmt: skip


@pytest.mark.parametrize("lang", sorted(RATES))
def test_a_share_shot_down_is_not_the_attackers(lang: str) -> None:
    (rate,) = [c for c in _figures(RATES[lang], lang) if c.measure == "interception_rate"]
    assert rate.quantity is not None and rate.quantity.value == 90.0
    assert rate.subject != "russia"


SHOOTERS = {
    "en": "Ukraine shot down 90 percent of the drones.",
    "fr": "L'Ukraine a abattu 90 % des drones.",
    "de": "Die Ukraine hat 90 Prozent der Drohnen abgeschossen.",
    "es": "Ucrania derribó el 90 % de los drones.",
    "ru": "Украина сбила 90 процентов беспилотников.",
    "uk": "Україна збила 90 відсотків дронів.",
}


@pytest.mark.parametrize("lang", sorted(SHOOTERS))
def test_who_shoots_down_a_share_is_named_in_its_clause(lang: str) -> None:
    (rate,) = [c for c in _figures(SHOOTERS[lang], lang) if c.measure == "interception_rate"]
    assert rate.subject == "ukraine"
