"""Air-force overnight summaries and their wire rewrites, in six languages.

A reader checks what an air force's morning summary says: how many drones and missiles were
launched (by type, with the weapon named), how many were shot down or suppressed, how many hit,
for which night, told by whom and how sure. The texts are written for these tests in the style
of the Ukrainian Air Force's Telegram summaries, the Russian MoD's bulletins and their rewrites
by Reuters, dpa, AFP, EFE and Interfax.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from claimgraph.extract.claims import extract_claims_from_text
from claimgraph.extract.profile import ProfileError, load_profile
from claimgraph.records import Claim

PUBLISHED = "2025-11-21"  # a Friday: "the night to 21 November" is 20 -> 21 November
NIGHT = ("2025-11-20", "2025-11-21")


def _claims(text: str, lang: str, outlet: str | None = None) -> list[Claim]:
    return extract_claims_from_text(text, lang, PUBLISHED, outlet=outlet)


def _by_value(claims: list[Claim]) -> dict[float, Claim]:
    out: dict[float, Claim] = {}
    for c in claims:
        assert c.quantity is not None and c.quantity.value is not None
        out[c.quantity.value] = c
    return out


def _tellers(c: Claim) -> list[str]:
    return [s.name for s in c.sources]


def _period(c: Claim) -> tuple[str | None, str | None] | None:
    return (c.when.start, c.when.end) if c.when is not None else None


# --------------------------------------------------------------------------- stories


def test_ukrainian_air_force_telegram_summary() -> None:
    text = (
        "У ніч на 21 листопада противник атакував 3 балістичними ракетами Іскандер-М та 84 "
        "ударними БпЛА типу Shahed з Курської та Брянської областей. За попередніми даними, "
        "станом на 09:00 протиповітряною обороною збито/подавлено 66 ворожих БпЛА. Ще 12 "
        "локаційно втрачені. Зафіксовано влучання 15 ударних БпЛА на 6 локаціях."
    )
    claims = _by_value(_claims(text, "uk", outlet="Повітряні сили ЗСУ"))
    assert set(claims) == {3, 84, 66, 12, 15}  # the 6 locations are where, not a count
    missiles, drones = claims[3], claims[84]
    assert (missiles.measure, missiles.quantity.unit, missiles.subject) == (  # type: ignore[union-attr]
        "launched",
        "missile",
        "iskander",
    )
    assert (drones.measure, drones.quantity.unit, drones.subject) == (  # type: ignore[union-attr]
        "launched",
        "drone",
        "shahed-136",
    )
    assert _period(drones) == NIGHT and _period(missiles) == NIGHT
    downed = claims[66]
    assert downed.measure == "intercepted" and downed.subject == "shahed-136"
    assert downed.modality == "hedged"  # "за попередніми даними"
    assert _period(downed) == NIGHT
    lost = claims[12]  # "ще 12": more of the Shaheds, lost from radar
    assert (lost.measure, lost.quantity.unit, lost.modality) == (  # type: ignore[union-attr]
        "intercepted",
        "drone",
        "hedged",
    )
    assert lost.subject == "shahed-136"
    hits = claims[15]
    assert hits.measure == "strikes" and hits.quantity.unit == "strike"  # type: ignore[union-attr]
    assert _period(hits) == NIGHT
    assert all(_tellers(c) == ["Повітряні сили ЗСУ"] for c in claims.values())


def test_russian_defence_ministry_bulletin_via_interfax() -> None:
    text = (
        "В ночь на 21 ноября дежурными средствами ПВО перехвачены и уничтожены 45 украинских "
        "беспилотников самолетного типа над территорией Брянской области, сообщило "
        "Министерство обороны России.\n\n"
        "Украинская сторона утверждает, что силы ПВО сбили 34 из 40 дронов."
    )
    claims = _by_value(_claims(text, "ru", outlet="Интерфакс"))
    assert set(claims) == {45, 34, 40}
    mod = claims[45]
    assert (mod.measure, mod.quantity.unit) == ("intercepted", "drone")  # type: ignore[union-attr]
    assert _period(mod) == NIGHT
    assert _tellers(mod) == ["Интерфакс", "Министерство обороны России"]
    assert mod.modality == "reported"
    assert claims[34].measure == "intercepted"
    assert claims[40].measure == "launched"  # the whole the 34 were shot down out of
    assert _tellers(claims[40])[-1] == "Украинская сторона"


def test_reuters_rewrite_of_the_summary() -> None:
    text = (
        "Russia attacked Ukraine overnight with 84 Shahed drones and three Iskander-M ballistic "
        "missiles, Ukraine's Air Force said on Friday. Air defence units shot down or suppressed "
        "66 drones, it said. According to preliminary data, 15 hits were recorded in six "
        "locations."
    )
    claims = _by_value(_claims(text, "en", outlet="Reuters"))
    assert set(claims) == {84, 3, 66, 15}
    assert (claims[84].measure, claims[84].subject) == ("launched", "shahed-136")
    assert (claims[3].measure, claims[3].subject) == ("launched", "iskander")
    assert (claims[66].measure, claims[66].subject) == ("intercepted", "shahed-136")
    assert claims[15].measure == "strikes" and claims[15].modality == "hedged"
    for c in claims.values():
        assert _tellers(c) == ["Reuters", "Ukraine's Air Force"]
        assert _period(c) == NIGHT


def test_dpa_rewrite_of_the_summary() -> None:
    text = (
        "Russland hat die Ukraine in der Nacht zu Freitag mit 84 Drohnen und drei Raketen "
        "angegriffen, berichtete die ukrainische Luftwaffe. 66 Drohnen davon wurden "
        "abgeschossen. Nach vorläufigen Angaben gab es 15 Einschläge an sechs Orten."
    )
    claims = _by_value(_claims(text, "de", outlet="dpa"))
    assert set(claims) == {84, 3, 66, 15}
    assert claims[84].measure == "launched" and claims[84].quantity.unit == "drone"  # type: ignore[union-attr]
    assert claims[3].measure == "launched" and claims[3].quantity.unit == "missile"  # type: ignore[union-attr]
    assert claims[66].measure == "intercepted" and claims[66].modality == "reported"
    assert claims[15].measure == "strikes" and claims[15].modality == "hedged"
    for c in claims.values():
        assert _tellers(c) == ["dpa", "ukrainische Luftwaffe"]
        assert _period(c) == NIGHT


def test_afp_rewrite_of_the_summary() -> None:
    text = (
        "Dans la nuit du 20 au 21 novembre, la Russie a lancé 84 drones de type Shahed et trois "
        "missiles balistiques Iskander-M depuis les régions de Koursk et de Briansk, selon "
        "l'armée de l'air ukrainienne. La défense antiaérienne a abattu 66 drones. Selon des "
        "données préliminaires, 15 impacts ont été enregistrés sur six sites."
    )
    claims = _by_value(_claims(text, "fr", outlet="AFP"))
    assert set(claims) == {84, 3, 66, 15}
    assert (claims[84].measure, claims[84].subject) == ("launched", "shahed-136")
    assert (claims[3].measure, claims[3].subject) == ("launched", "iskander")
    assert claims[84].place == "Kursk Oblast"
    assert (claims[66].measure, claims[66].subject) == ("intercepted", "shahed-136")
    assert claims[15].measure == "strikes" and claims[15].modality == "hedged"
    for c in claims.values():
        assert _tellers(c) == ["AFP", "l'armée de l'air ukrainienne"]
        assert _period(c) == NIGHT


def test_efe_rewrite_of_the_summary() -> None:
    text = (
        "Rusia lanzó 84 drones Shahed y tres misiles balísticos Iskander-M contra Ucrania, "
        "informó la Fuerza Aérea ucraniana. Las defensas antiaéreas derribaron 66 drones, según "
        "datos preliminares, y se registraron 15 impactos en seis localidades."
    )
    claims = _by_value(_claims(text, "es", outlet="EFE"))
    assert set(claims) == {84, 3, 66, 15}
    assert (claims[84].measure, claims[84].subject) == ("launched", "shahed-136")
    assert (claims[3].measure, claims[3].subject) == ("launched", "iskander")
    assert (claims[66].measure, claims[66].subject) == ("intercepted", "shahed-136")
    assert claims[66].modality == "hedged"
    assert claims[15].measure == "strikes"
    for c in claims.values():
        assert _tellers(c) == ["EFE", "Fuerza Aérea ucraniana"]


# --------------------------------------------------------------------------- partitive whole

PARTITIVE = {
    "en": "Air defence shot down 34 of 40 drones overnight, the Air Force said.",
    "fr": "La défense antiaérienne a abattu 34 des 40 drones, selon l'armée de l'air.",
    "de": "Die Flugabwehr hat 34 von 40 Drohnen abgeschossen, berichtete die Luftwaffe.",
    "es": "La defensa antiaérea derribó 34 de 40 drones, informó la Fuerza Aérea.",
    "ru": "Силы ПВО сбили 34 из 40 беспилотников, сообщили Воздушные силы.",
    "uk": "Сили ППО збили 34 з 40 дронів, повідомили Повітряні сили.",
}


@pytest.mark.parametrize("lang", sorted(PARTITIVE))
def test_the_whole_of_a_partitive_count_is_what_was_launched(lang: str) -> None:
    claims = _by_value(_claims(PARTITIVE[lang], lang))
    part, whole = claims[34], claims[40]
    assert (part.measure, part.quantity.unit) == ("intercepted", "drone")  # type: ignore[union-attr]
    assert (whole.measure, whole.quantity.unit) == ("launched", "drone")  # type: ignore[union-attr]
    assert part.sources and part.sources[-1].name == whole.sources[-1].name


def test_a_count_launched_on_its_own_keeps_its_measure() -> None:
    claims = _by_value(_claims("Russia launched 40 drones; 34 of them were shot down.", "en"))
    assert claims[40].measure == "launched" and claims[34].measure == "intercepted"


# --------------------------------------------------------------------------- hits


HITS = {
    "en": "15 hits were recorded in 6 locations.",
    "fr": "15 impacts ont été enregistrés sur six sites.",
    "de": "15 Einschläge wurden an sechs Orten registriert.",
    "es": "Se registraron 15 impactos en seis localidades.",
    "ru": "Зафиксированы попадания 15 беспилотников в 6 местах.",
    "uk": "Зафіксовано влучання 15 ударних БпЛА на 6 локаціях.",
}


@pytest.mark.parametrize("lang", sorted(HITS))
def test_hits_are_strikes_and_locations_are_no_count(lang: str) -> None:
    claims = _claims(HITS[lang], lang)
    assert [(c.measure, c.quantity.value, c.quantity.unit) for c in claims] == [  # type: ignore[union-attr]
        ("strikes", 15.0, "strike")
    ]


# --------------------------------------------------------------------------- preliminary data

PRELIMINARY = {
    "en": (
        "Russia launched 84 drones overnight, the Air Force said. According to preliminary "
        "data, 66 drones were shot down.",
        "Air Force",
    ),
    "fr": (
        "La Russie a lancé 84 drones dans la nuit, selon l'armée de l'air ukrainienne. Selon "
        "des données préliminaires, 66 drones ont été abattus.",
        "l'armée de l'air ukrainienne",
    ),
    "de": (
        "Russland hat in der Nacht 84 Drohnen gestartet, berichtete die ukrainische Luftwaffe. "
        "Nach vorläufigen Angaben wurden 66 Drohnen abgeschossen.",
        "ukrainische Luftwaffe",
    ),
    "es": (
        "Rusia lanzó 84 drones durante la noche, informó la Fuerza Aérea de Ucrania. Según "
        "datos preliminares, 66 drones fueron derribados.",
        "Fuerza Aérea de Ucrania",
    ),
    "ru": (
        "Россия запустила 84 беспилотника, сообщили Воздушные силы Украины. По "
        "предварительным данным, сбиты 66 беспилотников.",
        "Воздушные силы Украины",
    ),
    "uk": (
        "Ворог запустив 84 ударні БпЛА, повідомили Повітряні сили. За попередніми даними, "
        "збито 66 БпЛА.",
        "Повітряні сили",
    ),
}


@pytest.mark.parametrize("lang", sorted(PRELIMINARY))
def test_preliminary_data_hedges_and_the_account_keeps_its_teller(lang: str) -> None:
    text, teller = PRELIMINARY[lang]
    claims = _by_value(_claims(text, lang, outlet="Ukrinform"))
    launched, downed = claims[84], claims[66]
    assert launched.measure == "launched" and launched.modality == "reported"
    assert downed.measure == "intercepted" and downed.modality == "hedged"
    # the data is not who tells it: the Air Force goes on telling
    assert _tellers(downed) == ["Ukrinform", teller]
    assert _period(downed) == _period(launched)


def test_preliminary_data_alone_is_no_teller() -> None:
    text = "According to preliminary data, 66 drones were shot down."
    (claim,) = _claims(text, "en", outlet="Ukrinform")
    assert claim.modality == "hedged"
    assert _tellers(claim) == ["Ukrinform"]


# --------------------------------------------------------------------------- location-lost

LOCATION_LOST = {
    "en": "Air defence shot down 50 drones; another 12 were location-lost.",
    "fr": "50 drones ont été abattus; 12 autres ont disparu des radars.",
    "de": "50 Drohnen wurden abgeschossen; weitere 12 sind vom Radar verschwunden.",
    "es": "Fueron derribados 50 drones; otros 12 desaparecieron de los radares.",
    "ru": "Сбиты 50 беспилотников; ещё 12 локационно потеряны.",
    "uk": "Збито/подавлено 50 ворожих БпЛА, ще 12 локаційно втрачені.",
}


@pytest.mark.parametrize("lang", sorted(LOCATION_LOST))
def test_location_lost_drones_are_intercepted_but_hedged(lang: str) -> None:
    claims = _by_value(_claims(LOCATION_LOST[lang], lang))
    shot, lost = claims[50], claims[12]
    assert (shot.measure, shot.quantity.unit, shot.modality) == (  # type: ignore[union-attr]
        "intercepted",
        "drone",
        "asserted",
    )
    assert (lost.measure, lost.quantity.unit, lost.modality) == (  # type: ignore[union-attr]
        "intercepted",
        "drone",
        "hedged",
    )


# --------------------------------------------------------------------------- by type

BY_TYPE = {
    "en": "Russia launched 3 Iskander-M missiles and 84 Shahed drones. Air defence shot down 66 "
    "drones.",
    "fr": "La Russie a lancé 3 missiles Iskander-M et 84 drones Shahed. La défense "
    "antiaérienne a abattu 66 drones.",
    "de": "Russland hat drei Raketen vom Typ Iskander-M und 84 Shahed-Drohnen gestartet. Die "
    "Flugabwehr hat 66 Drohnen abgeschossen.",
    "es": "Rusia lanzó tres misiles Iskander-M y 84 drones Shahed. Las defensas antiaéreas "
    "derribaron 66 drones.",
    "ru": "Россия запустила 3 ракеты Искандер-М и 84 беспилотника Шахед. Силы ПВО сбили 66 "
    "беспилотников.",
    "uk": "Росія запустила 3 ракети Іскандер-М і 84 БпЛА Шахед. Сили ППО збили 66 БпЛА.",
}


@pytest.mark.parametrize("lang", sorted(BY_TYPE))
def test_each_type_is_its_own_claim_and_a_bare_count_is_the_type_named_before(lang: str) -> None:
    claims = _by_value(_claims(BY_TYPE[lang], lang))
    missiles, drones, downed = claims[3], claims[84], claims[66]
    assert (missiles.measure, missiles.quantity.unit, missiles.subject) == (  # type: ignore[union-attr]
        "launched",
        "missile",
        "iskander",
    )
    assert (drones.measure, drones.quantity.unit, drones.subject) == (  # type: ignore[union-attr]
        "launched",
        "drone",
        "shahed-136",
    )
    assert (downed.measure, downed.quantity.unit, downed.subject) == (  # type: ignore[union-attr]
        "intercepted",
        "drone",
        "shahed-136",
    )


def test_a_bare_count_in_another_paragraph_is_not_given_the_weapon() -> None:
    text = "Russia launched 84 Shahed drones.\n\nUkraine shot down 66 drones."
    claims = _by_value(_claims(text, "en"))
    assert claims[84].subject == "shahed-136"
    assert claims[66].subject == "ukraine"


# --------------------------------------------------------------------------- clause breaks

SEMICOLON = {
    "en": "Russia attacked with 84 drones and three missiles; 66 drones were shot down.",
    "fr": "La Russie a attaqué avec 84 drones et trois missiles ; 66 drones ont été abattus.",
    "de": "Russland griff mit 84 Drohnen und drei Raketen an; 66 Drohnen wurden abgeschossen.",
    "es": "Rusia atacó con 84 drones y tres misiles; 66 drones fueron derribados.",
    "ru": "Россия атаковала 84 беспилотниками и тремя ракетами; сбиты 66 беспилотников.",
    "uk": "Росія атакувала 84 дронами і трьома ракетами; збито 66 дронів.",
}


@pytest.mark.parametrize("lang", sorted(SEMICOLON))
def test_a_trigger_past_a_semicolon_does_not_win_over_the_clause_own(lang: str) -> None:
    claims = _by_value(_claims(SEMICOLON[lang], lang))
    assert claims[84].measure == "launched"
    assert claims[3].measure == "launched"
    assert claims[66].measure == "intercepted"


# --------------------------------------------------------------------------- period

NIGHTS = {
    "en": "Overnight, Russia launched 84 drones. 66 drones were shot down.",
    "fr": "Dans la nuit du 20 au 21 novembre, la Russie a lancé 84 drones. 66 drones ont été "
    "abattus.",
    "de": "In der Nacht zu Freitag startete Russland 84 Drohnen. 66 Drohnen wurden abgeschossen.",
    "es": "En la noche del 20 al 21 de noviembre, Rusia lanzó 84 drones. 66 drones fueron "
    "derribados.",
    "ru": "В ночь на 21 ноября Россия запустила 84 беспилотника. Сбиты 66 беспилотников.",
    "uk": "У ніч на 21 листопада Росія запустила 84 БпЛА. Збито 66 БпЛА.",
}


@pytest.mark.parametrize("lang", sorted(NIGHTS))
def test_the_night_resolves_and_carries_to_the_next_count(lang: str) -> None:
    claims = _by_value(_claims(NIGHTS[lang], lang))
    assert _period(claims[84]) == NIGHT
    assert _period(claims[66]) == NIGHT


# --------------------------------------------------------------------------- who shoots down


@pytest.mark.parametrize("lang", sorted(SEMICOLON))
def test_the_attacker_is_not_who_shot_down(lang: str) -> None:
    claims = _by_value(_claims(SEMICOLON[lang], lang))
    assert claims[84].subject == "russia"
    assert claims[66].subject is None  # nobody named shoots down in that clause


SHOOTERS = {
    "en": "Russia launched 84 drones and Ukrainian forces shot down 66 drones.",
    "fr": "La Russie a lancé 84 drones et les forces ukrainiennes ont abattu 66 drones.",
    "de": "Russland startete 84 Drohnen, und die ukrainischen Streitkräfte haben 66 Drohnen "
    "abgeschossen.",
    "es": "Rusia lanzó 84 drones y las fuerzas ucranianas derribaron 66 drones.",
    "ru": "Россия запустила 84 беспилотника, а украинские военные сбили 66 беспилотников.",
    "uk": "Росія запустила 84 дрони, а українські військові збили 66 дронів.",
}


@pytest.mark.parametrize("lang", sorted(SHOOTERS))
def test_who_shot_down_is_named_in_its_own_clause(lang: str) -> None:
    claims = _by_value(_claims(SHOOTERS[lang], lang))
    assert (claims[84].measure, claims[84].subject) == ("launched", "russia")
    assert (claims[66].measure, claims[66].subject) == ("intercepted", "ukraine")


def test_the_whole_is_not_launched_by_who_shot_down_the_part() -> None:
    claims = _by_value(_claims("Ukrainian forces shot down 34 of 40 drones.", "en"))
    assert (claims[34].measure, claims[34].subject) == ("intercepted", "ukraine")
    assert (claims[40].measure, claims[40].subject) == ("launched", None)
    named = _by_value(_claims("Ukrainian forces shot down 34 of 40 Shahed drones.", "en"))
    assert named[40].subject == "shahed-136"


# --------------------------------------------------------------------------- profile


def test_the_default_profile_says_what_a_partitive_whole_measures() -> None:
    profile = load_profile()
    assert profile.measure("intercepted").whole == "launched"
    assert profile.measure("intercepted").subject == "clause_agent"


def test_a_whole_naming_no_measure_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "mine.yaml"
    path.write_text(
        "name: mine\n"
        "measures:\n"
        "  intercepted:\n"
        "    dimensions: [count]\n"
        "    whole: fired\n"
        "    triggers: {en: [shot down]}\n"
        "watchlist: {}\n",
        encoding="utf-8",
    )
    with pytest.raises(ProfileError, match="whole: no measure named fired"):
        load_profile(path)


# --------------------------------------------------------------------------- "of them"

OF_WHICH = {
    "en": "In total, Russia launched 84 drones, of which 66 were shot down.",
    "fr": "Au total, la Russie a lancé 84 drones, dont 66 ont été abattus.",
    "es": "En total, Rusia lanzó 84 drones, de los cuales 66 fueron derribados.",
    "ru": "Всего противник запустил 84 беспилотника, из них 66 сбиты.",
    "uk": "Усього ворог запустив 84 БпЛА, з них 66 збито.",
    "de": "Von den 84 Drohnen wurden 66 abgeschossen.",
}


@pytest.mark.parametrize("lang", sorted(OF_WHICH))
def test_of_which_counts_split_launched_and_shot_down(lang: str) -> None:
    claims = _by_value(_claims(OF_WHICH[lang], lang))
    assert (claims[84].measure, claims[84].quantity.unit) == ("launched", "drone")  # type: ignore[union-attr]
    assert (claims[66].measure, claims[66].quantity.unit) == ("intercepted", "drone")  # type: ignore[union-attr]
    assert claims[66].subject is None  # the attacker did not shoot its own drones down


# --------------------------------------------------------------------------- missile types

MISSILE_TYPES = {
    "en": "Russia fired four Kh-101 cruise missiles and two Kinzhal missiles, the Air Force said.",
    "fr": "La Russie a tiré quatre missiles de croisière Kh-101 et deux missiles Kinjal.",
    "de": "Russland feuerte vier Marschflugkörper vom Typ Ch-101 und zwei Kinschal-Raketen ab.",
    "es": "Rusia disparó cuatro misiles de crucero Kh-101 y dos misiles Kinzhal.",
    "ru": "Противник выпустил 4 крылатые ракеты Х-101 и 2 ракеты Кинжал.",
    "uk": "Ворог запустив 4 крилаті ракети Х-101 та 2 ракети Кинджал.",
}


@pytest.mark.parametrize("lang", sorted(MISSILE_TYPES))
def test_each_missile_type_is_its_own_claim(lang: str) -> None:
    claims = _by_value(_claims(MISSILE_TYPES[lang], lang))
    assert (claims[4].measure, claims[4].quantity.unit, claims[4].subject) == (  # type: ignore[union-attr]
        "launched",
        "missile",
        "kh-101",
    )
    assert (claims[2].measure, claims[2].quantity.unit, claims[2].subject) == (  # type: ignore[union-attr]
        "launched",
        "missile",
        "kinzhal",
    )


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "Армия получила 40 снарядов калибра 155 мм."),
        ("uk", "Армія отримала 40 снарядів калібру 155 мм."),
    ],
)
def test_calibre_is_not_the_kalibr_missile(lang: str, text: str) -> None:
    assert all(c.subject != "kalibr" for c in _claims(text, lang))
