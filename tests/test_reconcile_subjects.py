"""Subjects across reports: a country and an entity inside it may be the same claim's subject;
two different entities inside one country are not. Cases in six languages, built as the
extractor writes them (subject = watched entity id)."""

from __future__ import annotations

from claimgraph.extract.profile import default_profile
from claimgraph.reconcile import DocInfo, reconcile
from claimgraph.reconcile.items import subjects_compatible
from claimgraph.records import Claim, Quantity, Source, Span


def figure(doc: str, quote: str, value: float, unit: str, subject: str, measure: str,
           lang: str, bound: str = "=", sources: tuple[str, ...] = ()) -> Claim:  # fmt: skip
    return Claim(
        doc_id=doc,
        doc_uri=f"{doc}.txt",
        evidence=Span(0, len(quote)),
        evidence_text=quote,
        language=lang,
        quantity=Quantity(Span(0, len(quote)), quote, value, unit=unit, bound=bound),  # type: ignore[arg-type]
        measure=measure,
        subject=subject,
        sources=[Source(s, "outlet") for s in sources],
    )


def docs(*ids: str) -> list[DocInfo]:
    return [DocInfo(id=d, uri=f"{d}.txt", ingest_order=n) for n, d in enumerate(ids)]


def test_the_profile_knows_which_entities_belong_to_a_country():
    profile = default_profile()
    assert profile.subject_root("kremlin") == "russia"
    assert profile.subject_root("alabuga") == "russia"
    assert profile.subject_root("iranian-mod") == "iran"
    assert profile.subject_root("russia") == "russia"
    assert profile.subject_root("Southern Command") == "Southern Command"  # not watched


def test_compatible_subjects_are_equal_or_one_is_the_root():
    assert subjects_compatible("kremlin", "russia", "russia")
    assert subjects_compatible("russia", "alabuga", "russia")
    assert subjects_compatible("alabuga", "alabuga", "russia")
    assert not subjects_compatible("kremlin", "alabuga", "russia")


def test_a_production_goal_named_by_the_kremlin_moscow_or_russia_is_one_group():
    claims = [
        figure("a", "up to 6,000 drones", 6000, "drone", "kremlin", "production_target", "en",
               "<=", ("rnd",)),
        figure("b", "6 000 unités", 6000, "drone", "russia", "production_target", "fr",
               sources=("i24",)),
        figure("c", "bis zu 6.000 Drohnen", 6000, "drone", "russia", "production_target", "de",
               "<=", ("Spiegel",)),
        figure("d", "6.000 drones", 6000, "drone", "kremlin", "production_target", "es",
               sources=("El País",)),
        figure("e", "6000 беспилотников", 6000, "drone", "russia", "production_target", "ru",
               sources=("ТАСС",)),
        figure("f", "6 тисяч дронів", 6000, "drone", "russia", "production_target", "uk",
               sources=("Укрінформ",)),
    ]  # fmt: skip
    recon = reconcile(claims, docs(*"abcdef"))
    assert len({recon.group_of[c.id] for c in claims}) == 1
    assert len(recon.groups[0].origins) == 6


def test_two_entities_of_one_country_never_merge_or_conflict():
    kremlin = figure("a", "6,000 drones", 6000, "drone", "kremlin", "production_target", "en")
    plant = figure("b", "6 000 drones", 6000, "drone", "alabuga", "production_target", "fr")
    distance_plant = figure("c", "600 miles", 600, "mi", "alabuga", "distance", "en")
    distance_kremlin = figure("d", "804 км", 804, "km", "kremlin", "distance", "ru")
    recon = reconcile([kremlin, plant, distance_plant, distance_kremlin], docs(*"abcd"))
    assert recon.group_of[kremlin.id] != recon.group_of[plant.id]
    assert recon.conflicts() == []


def test_a_country_level_distance_conflicts_with_its_plant():
    plant = figure("a", "600 Meilen", 600, "mi", "alabuga", "distance", "de")
    country = figure("b", "804 kilómetros", 804, "km", "russia", "distance", "es")
    recon = reconcile([plant, country], docs("a", "b"))
    assert len(recon.conflicts()) == 1


def test_equal_digits_of_related_subjects_stay_apart_when_the_quantities_differ():
    drones = figure("a", "1,750 drones", 1750, "drone", "russia", "contract_quantity", "en")
    dollars = figure("b", "1,75 milliard de dollars", 1.75e9, "USD", "kremlin", "contract_value",
                     "fr")  # fmt: skip
    recon = reconcile([drones, dollars], docs("a", "b"))
    a, b = recon.group_of[drones.id], recon.group_of[dollars.id]
    assert a != b and b not in recon.group(a).conflicts_with


def test_different_countries_stay_apart():
    russia = figure("a", "500 drones", 500, "drone", "russia", "delivered", "en")
    iran = figure("b", "500 дронов", 500, "drone", "iran", "delivered", "ru")
    recon = reconcile([russia, iran], docs("a", "b"))
    assert recon.group_of[russia.id] != recon.group_of[iran.id]


def test_a_denial_by_a_ministry_links_to_the_claim_about_its_country():
    event = Claim(
        doc_id="a", doc_uri="a.txt", evidence=Span(0, 40),
        evidence_text="une frappe de drone a visé une usine d'armement", language="fr",
        proposition="une frappe de drone a visé une usine d'armement", measure="strike_reported",
        subject="iran",
    )  # fmt: skip
    denial = Claim(
        doc_id="a", doc_uri="a.txt", evidence=Span(50, 90),
        evidence_text="Le ministère iranien de la Défense a déclaré que l'attaque avait échoué",
        language="fr", modality="denied", proposition="l'attaque avait échoué",
        measure="denial", subject="iranian-mod",
    )  # fmt: skip
    recon = reconcile([event, denial], docs("a"))
    (link,) = recon.links
    assert (link.claim_id, link.target_id) == (denial.id, event.id)
    assert recon.group_of_claim(event.id).denied
