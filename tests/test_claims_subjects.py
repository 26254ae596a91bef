"""Whom a claim is about, in six languages: the country a demonym names with an actor noun, the
state a seat of power stands for, the weapon a price or a payload describes, the place a strike
hits, the subject a pronoun carries over from the sentence before; and the clause a hedge
belongs to."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimgraph.clean import clean_document
from claimgraph.extract.claims import extract_claims, extract_claims_from_text
from claimgraph.readers import read_sources
from claimgraph.records import Claim, RawDocument


def figures(text: str, lang: str) -> list[Claim]:
    return [c for c in extract_claims_from_text(text, lang) if c.quantity is not None]


def figure(text: str, lang: str, value: float) -> Claim:
    (claim,) = [c for c in figures(text, lang) if c.quantity and c.quantity.value == value]
    return claim


@pytest.mark.parametrize(
    ("lang", "text", "written"),
    [
        ("en", "Last month, the White House said that the Iranian government is preparing to "
               "provide Russia with up to 300 drones.", "Iranian government"),
        ("fr", "Selon la Maison Blanche, le gouvernement iranien se prépare à fournir à la Russie "
               "jusqu'à 300 drones.", "gouvernement iranien"),
        ("de", "Laut dem Weißen Haus will die iranische Regierung Russland bis zu 300 Drohnen "
               "liefern.", "iranische Regierung"),
        ("es", "Según la Casa Blanca, el gobierno iraní se prepara para suministrar a Rusia hasta "
               "300 drones.", "gobierno iraní"),
        ("ru", "По данным Белого дома, иранское правительство готовится поставить России до 300 "
               "беспилотников.", "иранское правительство"),
        ("uk", "За даними Білого дому, іранський уряд готується поставити Росії до 300 дронів.",
         "іранський уряд"),
    ],
)  # fmt: skip
def test_a_demonym_with_an_actor_noun_names_the_country_acting(lang, text, written):
    claim = figure(text, lang, 300)
    assert claim.measure == "delivered"
    assert (claim.subject, claim.subject_text) == ("iran", written)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Iranian drones have reappeared in the Russian arsenal after a gap of three weeks."),
        ("fr", "Les drones iraniens sont réapparus dans l'arsenal russe après une pause de trois "
               "semaines."),
        ("de", "Iranische Drohnen sind nach einer Pause von drei Wochen im russischen Arsenal "
               "wieder aufgetaucht."),
        ("es", "Los drones iraníes reaparecieron en el arsenal ruso tras una pausa de tres "
               "semanas."),
        ("ru", "Иранские беспилотники вновь появились в российском арсенале после перерыва в три "
               "недели."),
        ("uk", "Іранські дрони знову з'явилися в російському арсеналі після перерви у три тижні."),
    ],
)  # fmt: skip
def test_a_demonym_before_a_weapon_only_describes_it(lang, text):
    claim = figure(text, lang, 3)
    assert claim.measure == "duration"
    assert claim.subject == "russia"  # whose arsenal, not where the drones come from


@pytest.mark.parametrize(
    ("lang", "text", "written"),
    [
        ("en", "Together with Iran, the Kremlin wants to build a factory for 6,000 drones.",
         "Kremlin"),
        ("fr", "Avec l'Iran, le Kremlin veut construire une usine pour 6 000 drones.", "Kremlin"),
        ("de", "Gemeinsam mit Iran will der Kreml eine Fabrik für 6000 Drohnen bauen.", "Kreml"),
        ("es", "Junto con Irán, el Kremlin quiere construir una fábrica para 6.000 drones.",
         "Kremlin"),
        ("ru", "Вместе с Ираном Кремль хочет построить завод на 6000 беспилотников.", "Кремль"),
        ("uk", "Разом з Іраном Кремль хоче побудувати завод на 6000 дронів.", "Кремль"),
    ],
)  # fmt: skip
def test_the_kremlin_acting_is_the_russian_state(lang, text, written):
    claim = figure(text, lang, 6000)
    assert claim.measure == "production_target"
    assert (claim.subject, claim.subject_text) == ("russia", written)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The Kremlin said Russia had received 300 drones."),
        ("de", "Der Kreml erklärte, Russland habe 300 Drohnen erhalten."),
        ("ru", "В Кремле заявили, что Россия получила 300 беспилотников."),
    ],
)
def test_a_seat_of_power_telling_keeps_its_own_name(lang, text):
    for claim in figures(text, lang):
        assert all(s.entity_id != "russia" or s.name != "Kremlin" for s in claim.sources)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "These include the Mohajer-6, which can carry four missiles, and the Shahed, "
               "which can stay airborne for hours."),
        ("fr", "Parmi eux figure le Mohajer-6, qui peut emporter quatre missiles, et le Shahed, "
               "qui peut voler pendant des heures."),
        ("de", "Dazu gehört die Mohajer-6, die vier Raketen tragen kann, und die Shahed, die "
               "stundenlang fliegen kann."),
        ("es", "Entre ellos está el Mohajer-6, que puede transportar cuatro misiles, y el Shahed, "
               "que puede volar durante horas."),
        ("ru", "Среди них Мохаджер-6, который может нести четыре ракеты, и Шахед, который может "
               "летать часами."),
        ("uk", "Серед них Мохаджер-6, який може нести чотири ракети, і Шахед, який може літати "
               "годинами."),
    ],
)  # fmt: skip
def test_a_payload_is_about_the_platform_not_the_weapon_in_the_next_conjunct(lang, text):
    claim = figure(text, lang, 4)
    assert claim.measure == "capacity"
    assert claim.subject == "mohajer-6"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Alabuga now assembles the Shahed-136 on its own. "
               "In 2022, Russia paid $ 200,000 for such a drone."),
        ("fr", "Alabuga assemble désormais le Shahed-136 elle-même. "
               "En 2022, la Russie a payé 200 000 dollars pour un tel drone."),
        ("de", "Alabuga baut die Shahed-136 inzwischen selbst. "
               "Im Jahr 2022 zahlte Russland 200.000 Dollar für eine solche Drohne."),
        ("es", "Alabuga ya ensambla el Shahed-136 por su cuenta. "
               "En 2022, Rusia pagó 200.000 dólares por un dron así."),
        ("ru", "Алабуга теперь сама собирает Шахед-136. "
               "В 2022 году Россия заплатила 200 000 долларов за такой беспилотник."),
        ("uk", "Алабуга тепер сама складає Шахед-136. "
               "У 2022 році Росія заплатила 200 000 доларів за такий безпілотник."),
    ],
)  # fmt: skip
def test_a_price_is_about_the_weapon_named_before_not_the_buyer(lang, text):
    claim = figure(text, lang, 200_000)
    assert claim.measure == "unit_cost"
    assert claim.subject == "shahed-136"


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        ("en", "In Kherson, the Russian military struck 51 times on Saturday.", "Kherson"),
        ("fr", "Samedi, l'armée russe a frappé 51 fois à Kherson.", "Kherson"),
        ("de", "In Cherson hat das russische Militär am Samstag 51 Mal bombardiert.", "Cherson"),
        ("es", "En Jersón, el ejército ruso bombardeó 51 veces el sábado.", "Jersón"),
        ("ru", "В Херсоне российские войска нанесли 51 удар в субботу.", "Херсоне"),
        ("uk", "У Херсоні російські війська завдали 51 удару в суботу.", "Херсоні"),
    ],
)
def test_a_strike_count_is_about_the_place_hit(lang, text, place):
    claim = figure(text, lang, 51)
    assert claim.measure == "strikes"
    assert claim.subject_text == place


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Alabuga is the largest drone plant. It manufactured 300 drones for the Russian "
               "army in May."),
        ("fr", "Alabuga est la plus grande usine de drones. Elle a fabriqué 300 drones pour "
               "l'armée russe en mai."),
        ("de", "Alabuga ist das größte Drohnenwerk. Es hat im Mai 300 Drohnen für die russische "
               "Armee hergestellt."),
        ("es", "Alabuga es la mayor planta de drones. Ésta fabricó 300 drones para el ejército "
               "ruso en mayo."),
        ("ru", "Алабуга является крупнейшим заводом дронов. Она изготовила 300 беспилотников для "
               "российской армии в мае."),
        ("uk", "Алабуга є найбільшим заводом дронів. Вона виготовила 300 дронів для російської "
               "армії у травні."),
    ],
)  # fmt: skip
def test_a_pronoun_carries_the_subject_of_the_sentence_before(lang, text):
    claim = figure(text, lang, 300)
    assert claim.subject == "alabuga"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Russia apparently wants a long war: together with Iran, the Kremlin is building "
               "a factory for 6,000 drones."),
        ("fr", "La Russie veut apparemment une longue guerre : avec l'Iran, le Kremlin construit "
               "une usine pour 6 000 drones."),
        ("de", "Russland will offenbar einen langen Krieg: Gemeinsam mit Iran baut der Kreml eine "
               "Fabrik für 6000 Drohnen."),
        ("es", "Rusia aparentemente quiere una guerra larga: junto con Irán, el Kremlin construye "
               "una fábrica para 6.000 drones."),
        ("ru", "Россия, по-видимому, хочет долгой войны: вместе с Ираном Кремль строит завод на "
               "6000 беспилотников."),
        ("uk", "Росія, вочевидь, хоче довгої війни: разом з Іраном Кремль будує завод на 6000 "
               "дронів."),
    ],
)  # fmt: skip
def test_a_hedge_across_a_colon_does_not_hedge_the_figure(lang, text):
    claim = figure(text, lang, 6000)
    assert claim.modality == "asserted"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The construction is at least a month behind schedule, and the plant apparently "
               "cannot make complete drones yet."),
        ("fr", "La construction a au moins un mois de retard et l'usine ne semble pas encore "
               "capable de produire des drones complets."),
        ("de", "Der Bau hat mindestens einen Monat Verzögerung, und das Werk kann offenbar noch "
               "keine kompletten Drohnen bauen."),
        ("es", "La construcción lleva al menos un mes de retraso, y la planta aparentemente aún "
               "no puede fabricar drones completos."),
        ("ru", "Задержка строительства составляет как минимум два месяца, а завод, по-видимому, "
               "пока не способен выпускать готовые беспилотники."),
        ("uk", "Затримка будівництва становить щонайменше два місяці, а завод, вочевидь, ще не "
               "здатен випускати готові дрони."),
    ],
)  # fmt: skip
def test_a_hedge_in_the_next_coordinated_clause_does_not_hedge_the_figure(lang, text):
    (claim,) = [c for c in figures(text, lang) if c.quantity and c.quantity.unit == "month"]
    assert claim.modality == "asserted"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Analysts believe that 90 % of the production steps now take place in Russia."),
        ("fr", "Les analystes pensent que 90 % des étapes de production ont lieu en Russie."),
        ("de", "Analysten glauben, dass 90 % der Produktionsschritte in Russland stattfinden."),
        ("es", "Los analistas creen que el 90 % de las etapas de producción se realizan en Rusia."),
        ("ru", "Аналитики считают, что 90 % этапов производства проходят в России."),
        ("uk", "Аналітики вважають, що 90 % етапів виробництва відбуваються в Росії."),
    ],
)
def test_a_hedge_governing_the_figures_clause_still_hedges_it(lang, text):
    claim = figure(text, lang, 90)
    assert claim.modality == "hedged"


def _seed_claims(seeds_dir: Path, name: str) -> list[Claim]:
    items = [i for i in read_sources([str(seeds_dir / name)]) if isinstance(i, RawDocument)]
    return [c for c in extract_claims(clean_document(items[0])) if c.quantity is not None]


def _about(claims: list[Claim], quote: str, inside: str) -> tuple[str | None, str | None]:
    (c,) = [
        c
        for c in claims
        if c.quantity is not None and c.quantity.text == quote and inside in c.evidence_text
    ]
    return c.subject, c.subject_text


def test_whom_the_sample_articles_figures_are_about(seeds_dir: Path) -> None:
    """What a reader of the five articles would say each figure is about."""
    rnd = _seed_claims(seeds_dir, "000_417ffefe938d1bfc.txt")
    assert _about(rnd, "6,000", "the Kremlin wants") == ("russia", "Kremlin")
    assert _about(rnd, "84", "launched from Russian territory") == ("russia", "Russian territory")

    report = _seed_claims(seeds_dir, "001_4884c0e8cb92d681.txt")
    # the price is the drone's, not the buyer's; "this amount" a sentence later too
    assert _about(report, "$ 200,000", "such a drone")[0] == "shahed-136"
    assert _about(report, "$ 70,000", "this amount")[0] == "shahed-136"

    i24 = _seed_claims(seeds_dir, "002_c439a4a123958bf1.txt")
    assert _about(i24, "des centaines", "étudiants russes") == ("russia", "étudiants russes")

    wire = _seed_claims(seeds_dir, "003_07bfecfded68885e.txt")
    assert _about(wire, "51 times", "Kherson") == ("Kherson", "Kherson")
    assert _about(wire, "three weeks", "Russian arsenal") == ("russia", "Russian arsenal")

    cradle = _seed_claims(seeds_dir, "004_f5a9a532205b37f8.txt")
    assert _about(cradle, "four", "Mohajer-6")[0] == "mohajer-6"
    assert _about(cradle, "several hundred", "Iranian government") == (
        "iran",
        "Iranian government",
    )


@pytest.mark.parametrize(
    ("lang", "text", "written"),
    [
        ("en", "Russia's drone production reached 2,700 drones per month.", "Russia"),
        ("fr", "La production de drones de la Russie a atteint 2 700 drones par mois.", "Russie"),
        ("de", "Russland hat seine Drohnenproduktion auf 2700 Drohnen pro Monat gesteigert.",
         "Russland"),
        ("es", "La producción de drones de Rusia alcanzó 2.700 drones al mes.", "Rusia"),
        ("ru", "Производство дронов в России достигло 2700 беспилотников в месяц.", "России"),
        ("uk", "Виробництво дронів у Росії сягнуло 2700 дронів на місяць.", "Росії"),
    ],
)  # fmt: skip
def test_the_country_whose_production_it_is_is_the_subject(lang, text, written):
    claim = figure(text, lang, 2700)
    assert claim.measure == "production_rate"
    assert (claim.subject, claim.subject_text) == ("russia", written)
