"""What a claim measures and whom it is about, read from the sentence's structure, in six
languages: a supply verb that is a production line's purpose, the predicate of a counted subject,
the agent of the quantity's clause (never a teller, a target or a recipient), the located thing of
a distance, a plant named by its place; and denials and retractions found by
``find_denials_and_retractions``, linked to what they take back."""

from __future__ import annotations

import pytest

from claimgraph.extract.claims import extract_claims_from_text
from claimgraph.extract.entities import extract_mentions
from claimgraph.records import Claim


def figures(text: str, lang: str) -> list[Claim]:
    return [c for c in extract_claims_from_text(text, lang) if c.quantity is not None]


def only_figure(text: str, lang: str) -> Claim:
    (claim,) = figures(text, lang)
    return claim


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Russia is building a production line to supply 6,000 drones to the army by 2025."),
        ("fr", "La Russie construit une chaîne de production pour fournir 6 000 drones à l'armée "
               "d'ici 2025."),
        ("de", "Russland baut eine Produktionslinie, um bis zu 6.000 Drohnen an die Armee zu liefern."),
        ("es", "Rusia construye una línea de producción para suministrar 6.000 drones al ejército."),
        ("ru", "Россия строит производственную линию, чтобы поставить 6000 беспилотников армии."),
        ("uk", "Росія будує виробничу лінію, щоб постачати 6000 дронів армії."),
    ],
)  # fmt: skip
def test_a_supply_that_is_a_production_lines_purpose_is_a_production_target(lang, text):
    claim = only_figure(text, lang)
    assert claim.measure == "production_target"
    assert claim.subject == "russia"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Iran delivered 500 drones to Russia."),
        ("fr", "Iran a livré 500 drones à la Russie."),
        ("de", "Iran hat 500 Drohnen an Russland geliefert."),
        ("es", "Irán entregó 500 drones a Rusia."),
        ("ru", "Иран поставил 500 беспилотников в Россию."),
        ("uk", "Іран поставив 500 дронів до Росії."),
    ],
)
def test_a_plain_delivery_stays_a_delivery_by_its_agent_not_its_recipient(lang, text):
    claim = only_figure(text, lang)
    assert (claim.measure, claim.subject) == ("delivered", "iran")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The 6,000 drones defined in the original contract were to be manufactured by "
               "September 2025."),
        ("fr", "Les 6 000 drones prévus par le contrat initial devaient être fabriqués d'ici "
               "septembre 2025."),
        ("de", "Die 6.000 Drohnen aus dem ursprünglichen Vertrag sollten bis September 2025 "
               "hergestellt werden."),
        ("es", "Los 6.000 drones previstos en el contrato original debían ser fabricados antes de "
               "septiembre de 2025."),
        ("ru", "6000 беспилотников по первоначальному контракту должны были быть произведены к "
               "сентябрю 2025 года."),
        ("uk", "6000 дронів за початковим контрактом мали бути виготовлені до вересня 2025 року."),
    ],
)  # fmt: skip
def test_the_predicate_of_a_counted_subject_beats_a_contract_in_its_modifier(lang, text):
    assert only_figure(text, lang).measure == "production_target"


def test_a_contract_that_provides_for_a_count_is_still_a_contract():
    claim = only_figure("Russia and Iran signed a contract for 1,750 drones.", "en")
    assert claim.measure == "contract_quantity"


@pytest.mark.parametrize(
    ("lang", "text", "plant"),
    [
        ("en", "a drone factory in Tatarstan", "factory"),
        ("en", "the Tatarstan drone plant", "plant"),
        ("fr", "une usine de production de drones dans la région du Tatarstan", "usine"),
        ("de", "eine Drohnenfabrik in Tatarstan", "Drohnenfabrik"),
        ("es", "una fábrica de drones en Tatarstán", "fábrica"),
        ("ru", "завод в Татарстане выпускает дроны", "завод"),
        ("uk", "завод у Татарстані випускає дрони", "завод"),
    ],
)
def test_a_plant_named_by_its_place_is_the_watched_facility(lang, text, plant):
    found = [(m.text, m.entity_id) for m in extract_mentions(text, lang)]
    assert (plant, "alabuga") in found


def test_a_plant_and_a_place_in_another_clause_are_not_linked():
    found = extract_mentions("They visited a factory, and later Tatarstan.", "en")
    assert all(m.entity_id != "alabuga" for m in found)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The factory in question, Alabuga, is located 600 miles east of Moscow."),
        ("fr", "La Russie veut établir une usine de drones dans la région du Tatarstan, à 804 "
               "kilomètres à l'est de Moscou."),
        ("de", "Die Drohnenfabrik in Tatarstan liegt 800 Kilometer östlich von Moskau."),
        ("es", "La fábrica de drones en Tatarstán está situada a 800 kilómetros al este de Moscú."),
        ("ru", "Завод в Татарстане расположен в 800 километрах к востоку от Москвы."),
        ("uk", "Завод у Татарстані розташований за 800 кілометрів на схід від Москви."),
    ],
)  # fmt: skip
def test_a_distance_is_about_the_located_plant_not_the_reference_city(lang, text):
    claim = only_figure(text, lang)
    assert (claim.measure, claim.subject) == ("distance", "alabuga")


def test_the_clauses_agent_not_a_companion_or_a_target_is_the_subject():
    claim = only_figure(
        "Together with Iran, the Kremlin wants to build a factory for up to 6,000 drones "
        "for attacks on Ukraine.",
        "en",
    )
    # acting, the Kremlin stands for the Russian state; the text keeps what was written
    assert (claim.subject, claim.subject_text) == ("russia", "Kremlin")


def test_a_teller_is_never_the_subject_and_the_sentence_before_gives_it():
    text = (
        "Kremlin chief Vladimir Putin wants to build a joint factory with Iran. "
        "The Wall Street Journal reports that the aim is to produce up to 6,000 drones for "
        "attacks on Ukraine."
    )
    claim = only_figure(text, "en")
    assert (claim.subject, claim.subject_text) == ("russia", "Kremlin")
    assert claim.sources[-1].name != "Kremlin"


@pytest.mark.parametrize(
    ("lang", "text", "subject"),
    [
        ("en", "Iranian Foreign Minister Hossein Amir-Abdollahian said: “We will not help either "
               "side in this war.”", "iran"),
        ("fr", "Le ministère iranien de la Défense a déclaré que l'attaque avait échoué.",
         "iranian-mod"),
        ("de", "Der iranische Außenminister Hossein Amir-Abdollahian bestritt, dass Iran Drohnen "
               "geliefert habe.", "iran"),
        ("es", "El ministro iraní de Exteriores negó que Irán haya enviado drones a Rusia.", "iran"),
        ("ru", "Министр иностранных дел Ирана опроверг, что Иран поставлял беспилотники России.",
         "iran"),
        ("uk", "Міністр закордонних справ Ірану заперечив, що Іран постачав дрони Росії.", "iran"),
    ],
)  # fmt: skip
def test_a_denial_is_a_claim_about_who_denies(lang, text, subject):
    (denial,) = [c for c in extract_claims_from_text(text, lang) if c.modality == "denied"]
    assert denial.measure == "denial"
    assert denial.subject == subject
    assert denial.proposition and denial.cue is not None


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The White House said Iran is preparing to provide Russia with up to several "
               "hundred drones. Days later, US officials retracted the claim."),
        ("fr", "La Maison Blanche a déclaré que l'Iran allait fournir 300 drones à la Russie. "
               "Quelques jours plus tard, des responsables américains ont retiré cette "
               "affirmation."),
    ],
)  # fmt: skip
def test_a_retraction_marks_and_points_at_the_claim_it_takes_back(lang, text):
    claims = extract_claims_from_text(text, lang)
    (figure,) = [c for c in claims if c.quantity is not None]
    (retraction,) = [c for c in claims if c.measure == "retraction"]
    assert figure.modality == "retracted"
    assert retraction.targets is not None and retraction.targets.overlaps(figure.evidence)
    assert retraction.sources[-1].name != figure.sources[-1].name


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The contract between Russia and Iran provides for the delivery of 1,750 drones."),
        ("fr", "Le contrat entre la Russie et l'Iran prévoit la livraison de 1 750 drones."),
        ("de", "Der Vertrag zwischen Russland und Iran sieht die Lieferung von 1750 Drohnen vor."),
        ("es", "El contrato entre Rusia e Irán prevé la entrega de 1.750 drones."),
        ("ru", "Контракт между Россией и Ираном предусматривает поставку 1750 беспилотников."),
        ("uk", "Контракт між Росією та Іраном передбачає постачання 1750 дронів."),
    ],
)
def test_a_delivery_a_contract_provides_for_is_the_contracts_quantity(lang, text):
    assert only_figure(text, lang).measure == "contract_quantity"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Iran delivered 300 drones to Russia, the contract says."),
        ("fr", "L'Iran a livré 300 drones à la Russie, selon le contrat."),
        ("de", "Iran hat 300 Drohnen an Russland geliefert, heißt es im Vertrag."),
        ("es", "Irán entregó 300 drones a Rusia, según el contrato."),
        ("ru", "Иран поставил России 300 беспилотников, говорится в контракте."),
        ("uk", "Іран поставив Росії 300 дронів, йдеться в контракті."),
    ],
)
def test_a_delivery_told_of_a_contract_stays_a_delivery(lang, text):
    assert only_figure(text, lang).measure == "delivered"
