"""An air force's overnight summary, published on the morning after, in six languages: every
count it gives (launched, shot down) is about the night that ended that morning.

Published on Saturday 22 November 2025: "overnight", "durante la noche", "esta madrugada",
"cette nuit", "in der Nacht", "этой ночью", "минулої ночі" are the night of 21 -> 22 November;
so are the dated forms, each read as its language names a night ("the night of 21 November"
from its evening, "в ночь на 22 ноября" from its morning).
"""

from __future__ import annotations

import pytest

from claimgraph.extract.claims import extract_claims_from_text

PUBLISHED = "2025-11-22"
NIGHT = ("2025-11-21", "2025-11-22")

UNDATED = {
    "en": "Russia attacked Ukraine overnight with 84 Shahed drones, the Ukrainian Air Force "
    "said on Saturday. Air defence shot down 66 drones.",
    "es": "Rusia atacó Ucrania durante la noche con 84 drones Shahed, informó la Fuerza Aérea "
    "ucraniana. La defensa aérea derribó 66 drones.",
    "fr": "Cette nuit, la Russie a lancé 84 drones Shahed contre l'Ukraine, selon l'armée de "
    "l'air. La défense aérienne a abattu 66 drones.",
    "de": "In der Nacht griff Russland die Ukraine mit 84 Shahed-Drohnen an, teilte die "
    "Luftwaffe mit. 66 Drohnen wurden abgeschossen.",
    "ru": "Этой ночью Россия атаковала Украину 84 беспилотниками Shahed, сообщили Воздушные "
    "силы. ПВО сбила 66 беспилотников.",
    "uk": "Минулої ночі Росія атакувала Україну 84 ударними БпЛА типу Shahed, повідомили "
    "Повітряні сили. ППО збила 66 БпЛА.",
}

DATED = {
    "en": "On the night of 21 November, Russia attacked Ukraine with 84 Shahed drones, the "
    "Air Force said. Air defence shot down 66 drones.",
    "es": "En la madrugada del sábado, Rusia lanzó 84 drones Shahed contra Ucrania, informó la "
    "Fuerza Aérea. La defensa aérea derribó 66 drones.",
    "fr": "Dans la nuit du 21 au 22 novembre, la Russie a lancé 84 drones Shahed contre "
    "l'Ukraine. La défense aérienne a abattu 66 drones.",
    "de": "In der Nacht zu Samstag griff Russland die Ukraine mit 84 Shahed-Drohnen an. "
    "66 Drohnen wurden abgeschossen.",
    "ru": "В ночь с пятницы на субботу Россия запустила 84 беспилотника Shahed. ПВО сбила 66 "
    "беспилотников.",
    "uk": "У ніч на 22 листопада Росія запустила 84 ударні БпЛА типу Shahed. ППО збила 66 БпЛА.",
}


def _periods(text: str, lang: str) -> dict[float, tuple[str | None, str | None] | None]:
    out = {}
    for c in extract_claims_from_text(text, lang, PUBLISHED):
        assert c.quantity is not None and c.quantity.value is not None
        out[c.quantity.value] = (c.when.start, c.when.end) if c.when is not None else None
    return out


@pytest.mark.parametrize("lang", sorted(UNDATED))
def test_an_undated_overnight_summary_is_about_the_night_before_publication(lang: str) -> None:
    assert _periods(UNDATED[lang], lang) == {84.0: NIGHT, 66.0: NIGHT}


@pytest.mark.parametrize("lang", sorted(DATED))
def test_a_dated_overnight_summary_is_about_the_night_it_names(lang: str) -> None:
    assert _periods(DATED[lang], lang) == {84.0: NIGHT, 66.0: NIGHT}
