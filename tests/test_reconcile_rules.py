"""Rule by rule, with claims from wire-style sentences in every supported language.

Reconciliation never reads the words of a figure: claims arrive with their normalised quantity,
canonical subject and measure (what the extractor gives), so the same figure in six languages is
one group and the same digits of different quantities are not.
"""

from __future__ import annotations

import pytest

from claimgraph.reconcile import DocInfo, entity_timeline, group_timeline, reconcile
from claimgraph.reconcile.values import (
    Period,
    Tolerance,
    agree,
    comparable,
    contradict,
    iso_bounds,
    period_of,
)
from claimgraph.records import Claim, Quantity, Source, Span, TimeRef

TOL = Tolerance()


def quantity(quote: str, value, unit: str, bound: str = "=", vague: bool = False) -> Quantity:
    low = high = None
    if isinstance(value, tuple):
        (low, high), value = value, None
    return Quantity(Span(0, len(quote)), quote, value, unit=unit, low=low, high=high, bound=bound,
                    vague=vague)  # fmt: skip


def claim(
    doc: str,
    text: str,
    q: Quantity | None = None,
    *,
    lang: str = "en",
    subject: str = "russia-drone-production-line",
    measure: str | None = "production_target",
    sources: tuple[str, ...] = (),
    when: tuple[str | None, str | None] | None = None,
    modality: str = "reported",
    proposition: str | None = None,
    start: int = 0,
    targets: Span | None = None,
) -> Claim:
    return Claim(
        doc_id=doc,
        doc_uri=f"{doc}.txt",
        evidence=Span(start, start + len(text)),
        evidence_text=text,
        language=lang,
        modality=modality,  # type: ignore[arg-type]
        quantity=q,
        proposition=proposition,
        measure=measure,
        subject=subject,
        when=None if when is None else TimeRef(Span(0, 1), text, when[0], when[1]),
        sources=[Source(s, type="anonymous" if "unnamed" in s else "outlet") for s in sources],
        targets=targets,
    )


def docs(*specs: tuple[str, str | None, str | None]) -> list[DocInfo]:
    return [
        DocInfo(id=d, uri=f"{d}.txt", language=lang, published=pub, ingest_order=n)
        for n, (d, lang, pub) in enumerate(specs)
    ]


# --------------------------------------------------------------------------- values


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (quantity("up to 6,000", 6000, "drone", "<="), quantity("6 000", 6000, "drone")),  # en/fr
        (quantity("bis zu 6.000", 6000, "drone", "<="), quantity("6.000", 6000, "drone")),  # de/es
        (quantity("до 6 тыс.", 6000, "drone", "<="), quantity("6 тис.", 6000, "drone")),  # ru/uk
        (quantity("600 miles", 600, "mi"), quantity("965 км", 965, "km")),  # en/ru
        (quantity("близько 500", 500, "drone", "~"), quantity("520", 520, "drone")),  # uk/en
        (quantity("1,75 Mrd.", 1.75e9, "USD"), quantity("1.750 millones", 1.75e9, "USD")),  # de/es
        (quantity("от 15 до 20", (15, 20), "drone"), quantity("18", 18, "drone")),  # ru/en
    ],
)
def test_the_same_figure_agrees(a, b):
    assert agree(comparable(a), comparable(b), TOL)
    assert not contradict(comparable(a), comparable(b), TOL)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (quantity("600 miles", 600, "mi"), quantity("804 kilomètres", 804, "km")),  # en/fr
        (quantity("500 Drohnen", 500, "drone"), quantity("550 drones", 550, "drone")),  # de/es
        (quantity("от 15 до 20", (15, 20), "drone"), quantity("25", 25, "drone")),  # ru
        (quantity("понад 1000", 1000, "drone", ">"), quantity("менее 800", 800, "drone", "<")),
    ],
)
def test_incompatible_figures_contradict(a, b):
    assert contradict(comparable(a), comparable(b), TOL)
    assert not agree(comparable(a), comparable(b), TOL)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (quantity("more than 1000", 1000, "drone", ">"), quantity("1 200", 1200, "drone")),  # en/fr
        (quantity("hasta 6.000", 6000, "drone", "<="), quantity("5000", 5000, "drone")),  # es
        (quantity("сотни", 100, "drone", ">=", vague=True), quantity("500", 500, "drone")),  # ru
    ],
)
def test_a_bound_is_neither_the_same_figure_nor_a_contradiction(a, b):
    assert not agree(comparable(a), comparable(b), TOL)
    assert not contradict(comparable(a), comparable(b), TOL)


def test_a_vague_amount_is_not_its_conventional_number():
    hundreds = quantity("des centaines", 100, "person", ">=", vague=True)
    assert not agree(comparable(hundreds), comparable(quantity("100", 100, "person")), TOL)


def test_equal_digits_of_different_quantities_are_different_dimensions():
    drones = comparable(quantity("1,750", 1750, "drone"))
    dollars = comparable(quantity("$ 1.75 billion", 1.75e9, "USD"))
    rate = comparable(quantity("1 750 в месяц", 1750, "drone/month"))
    assert len({drones.dimension, dollars.dimension, rate.dimension}) == 3
    assert not contradict(drones, rate, TOL)


def test_iso_periods():
    assert iso_bounds("2025") == (iso_bounds("2025-01-01")[0], iso_bounds("2025-12-31")[1])
    assert iso_bounds("2024-02")[1] - iso_bounds("2024-02")[0] == 28  # leap year
    assert iso_bounds("2023-Q1") == (iso_bounds("2023-01")[0], iso_bounds("2023-03")[1])
    assert iso_bounds("2022-12-10T09:00:00+00:00") == iso_bounds("2022-12-10")
    assert iso_bounds("last Saturday") is None
    by_2025 = period_of(TimeRef(Span(0, 1), "d'ici 2025", None, "2025"))
    assert by_2025.meets(period_of(TimeRef(Span(0, 1), "by September 2025", None, "2025-09")))
    assert by_2025.meets(Period())
    assert not period_of(TimeRef(Span(0, 1), "2022", "2022", "2022")).meets(
        period_of(TimeRef(Span(0, 1), "2025", "2025", "2025"))
    )


# --------------------------------------------------------------------------- grouping

SIX_LANGUAGES = [
    (
        "en",
        "the aim is to produce up to 6,000 drones",
        quantity("up to 6,000", 6000, "drone", "<="),
    ),
    ("fr", "pour fournir 6 000 unités à l'armée russe", quantity("6 000", 6000, "drone")),
    (
        "de",
        "bis zu 6.000 Drohnen sollen gebaut werden",
        quantity("bis zu 6.000", 6000, "drone", "<="),
    ),
    ("es", "producir hasta 6.000 drones para Rusia", quantity("hasta 6.000", 6000, "drone", "<=")),
    ("ru", "планируется выпустить 6 тыс. беспилотников", quantity("6 тыс.", 6000, "drone")),
    ("uk", "Росія хоче виготовити до 6 тис. дронів", quantity("до 6 тис.", 6000, "drone", "<=")),
]


def test_one_figure_in_six_languages_is_one_group_with_six_origins():
    claims = [
        claim(f"d{lang}", text, q, lang=lang, sources=(f"outlet-{lang}", f"agency-{lang}"))
        for lang, text, q in SIX_LANGUAGES
    ]
    recon = reconcile(claims, docs(*[(f"d{lang}", lang, None) for lang, _, _ in SIX_LANGUAGES]))
    (group,) = recon.groups
    assert group.reports == 6 and len(group.origins) == 6
    assert group.value == 6000 and group.unit == "drone"


def test_the_same_count_on_different_days_is_two_groups_not_a_conflict():
    saturday = claim("a", "15 Shahed drones", quantity("15", 15, "drone"), subject="shahed-136",
                     measure="launched", when=("2022-12-10", "2022-12-10"))  # fmt: skip
    next_week = claim("b", "15 дронів Shahed", quantity("15", 15, "drone"), lang="uk",
                      subject="shahed-136", measure="launched", when=("2022-12-17", "2022-12-17"))  # fmt: skip
    recon = reconcile([saturday, next_week], docs(("a", "en", None), ("b", "uk", None)))
    assert len(recon.groups) == 2
    assert recon.conflicts() == []


def test_subject_and_measure_keep_figures_apart():
    target = claim("a", "6,000 drones", quantity("6,000", 6000, "drone"))
    delivered = claim("b", "6.000 Drohnen geliefert", quantity("6.000", 6000, "drone"), lang="de",
                      measure="delivered")  # fmt: skip
    other = claim("c", "6.000 drones", quantity("6.000", 6000, "drone"), lang="es", subject="iran")
    recon = reconcile([target, delivered, other], docs(("a", "en", None), ("b", "de", None),
                                                       ("c", "es", None)))  # fmt: skip
    assert len(recon.groups) == 3


def test_events_group_by_subject_and_proposition():
    a = claim("a", "Iran inaugurated a drone-making factory in Tajikistan in May 2022", None,
              subject="iran", measure=None, proposition="Iran inaugurated a drone factory in Tajikistan")  # fmt: skip
    b = claim("b", "Iran opened a drone factory in Tajikistan", None, subject="iran", measure=None,
              proposition="Iran opened a drone factory in Tajikistan")  # fmt: skip
    c = claim("c", "Iran signed a trade deal with Russia", None, subject="iran", measure=None,
              proposition="Iran signed a trade deal with Russia in national currencies")  # fmt: skip
    recon = reconcile([a, b, c], docs(("a", "en", None), ("b", "en", None), ("c", "en", None)))
    assert recon.group_of[a.id] == recon.group_of[b.id] != recon.group_of[c.id]
    assert recon.kinds[recon.group_of[a.id]] == "event"


# --------------------------------------------------------------------------- conflicts


def test_a_unit_normalised_contradiction_shows_both_sides():
    miles = claim("a", "600 Meilen östlich von Moskau", quantity("600 Meilen", 600, "mi"), lang="de",
                  subject="alabuga", measure="distance", sources=("Spiegel",))  # fmt: skip
    km = claim("b", "a 804 kilómetros al este de Moscú", quantity("804 kilómetros", 804, "km"),
               lang="es", subject="alabuga", measure="distance", sources=("El País", "documentos"))  # fmt: skip
    recon = reconcile([miles, km], docs(("a", "de", None), ("b", "es", None)))
    ((g1, g2),) = recon.conflicts()
    assert {g1.unit, g2.unit} == {"mi", "km"}
    assert {o.label for g in (g1, g2) for o in g.origins} == {"Spiegel", "documentos"}


# --------------------------------------------------------------------------- denials, retractions


def test_a_denial_with_a_figure_marks_its_group():
    claimed = claim("a", "Russia received 1,000 drones", quantity("1,000", 1000, "drone"),
                    subject="iran", measure="delivered")  # fmt: skip
    denied = claim("b", "Тегеран отрицает поставку 1000 беспилотников", quantity("1000", 1000, "drone"),
                   lang="ru", subject="iran", measure="delivered", modality="denied")  # fmt: skip
    recon = reconcile([claimed, denied], docs(("a", "en", None), ("b", "ru", None)))
    (group,) = recon.groups
    assert group.denied and not group.retracted


def test_a_retraction_follows_the_span_it_points_at():
    text = "La Casa Blanca dijo que Irán enviaría hasta varios cientos de drones."
    figure = claim("a", text, quantity("hasta varios cientos", 300, "drone", "<=", vague=True),
                   lang="es", subject="iran", measure="delivered")  # fmt: skip
    other = claim("a", "Rusia pagó 200.000 dólares por dron", quantity("200.000", 2e5, "USD"),
                  lang="es", subject="shahed-136", measure="unit_cost", start=len(text) + 1)  # fmt: skip
    retraction = claim("a", "Funcionarios estadounidenses se retractaron", None, lang="es",
                       subject="us-officials", measure=None, modality="retracted",
                       start=2 * len(text), targets=Span(5, 20))  # fmt: skip
    recon = reconcile([figure, other, retraction], docs(("a", "es", None)))
    assert recon.group_of_claim(figure.id).retracted
    assert not recon.group_of_claim(other.id).retracted
    assert recon.links[0].how == "the span it refers to"


def test_a_later_denial_in_another_document_finds_the_event_it_denies():
    event = claim("a", "Iran inaugurated a drone-making factory in Tajikistan", None,
                  subject="tajikistan", measure=None, modality="reported")  # fmt: skip
    unrelated = claim("a", "Tajikistan is a member of the CSTO", None, subject="tajikistan",
                      measure=None, start=100, modality="asserted")  # fmt: skip
    denial = claim("b", "The Foreign Ministry denied that Iranian drones are built at the Tajikistan factory",
                   None, subject="tajikistan", measure=None, modality="denied")  # fmt: skip
    recon = reconcile(
        [event, unrelated, denial], docs(("a", "en", "2022-05-20"), ("b", "en", "2022-06-01"))
    )
    (link,) = recon.links
    assert link.target_id == event.id
    assert recon.group_of_claim(event.id).denied
    assert not recon.group_of_claim(unrelated.id).denied


def test_a_denial_never_targets_a_later_document():
    denial = claim("a", "Le ministère a nié toute livraison de drones", None, lang="fr",
                   subject="iran", measure=None, modality="denied")  # fmt: skip
    later = claim("b", "L'Iran a livré des drones à la Russie", None, lang="fr", subject="iran",
                  measure=None)  # fmt: skip
    recon = reconcile([denial, later], docs(("a", "fr", "2022-10-01"), ("b", "fr", "2022-11-01")))
    assert recon.links == []


# --------------------------------------------------------------------------- timeline


def test_first_appearance_is_by_publication_date_then_ingest_order():
    q = quantity("6 000", 6000, "drone")
    ingested_first = claim("a", "6 000 unités", q, lang="fr", sources=("i24", "Washington Post"))
    published_first = claim("b", "6.000 Drohnen", q, lang="de", sources=("Der Spiegel",))
    undated = claim("c", "6,000 drones", q, sources=("Kyiv Post",))
    recon = reconcile(
        [ingested_first, published_first, undated],
        docs(("a", "fr", "2023-02-10"), ("b", "de", "2023-02-05"), ("c", "en", None)),
    )
    (group,) = recon.groups
    assert group.first_seen == published_first.id
    timeline = group_timeline(recon, group.id)
    assert [t.claim_id for t in timeline] == [published_first.id, ingested_first.id, undated.id]
    assert [t.role for t in timeline] == ["first", "echo", "echo"]


def test_an_entitys_claims_in_date_order():
    later = claim("a", "Alabuga produces 5,500 per month", quantity("5,500", 5500, "drone/month"),
                  subject="alabuga", measure="production_rate", when=("2025-06", "2025-06"))  # fmt: skip
    earlier = claim("b", "Алабуга выпустила 2 000 дронов", quantity("2 000", 2000, "drone"),
                    lang="ru", subject="alabuga", measure="delivered", when=("2023", "2023"))  # fmt: skip
    undated = claim("c", "Алабуга за 1 200 км від фронту", quantity("1 200 км", 1200, "km"),
                    lang="uk", subject="alabuga", measure="distance")  # fmt: skip
    elsewhere = claim("c", "Iran 12 days", quantity("12", 12, "day"), subject="iran",
                      measure="duration", start=50)  # fmt: skip
    recon = reconcile([later, earlier, undated, elsewhere],
                      docs(("a", "en", None), ("b", "ru", None), ("c", "uk", None)))  # fmt: skip
    dated, undated_list = entity_timeline(recon, "Alabuga")
    assert [d.claim_id for d in dated] == [earlier.id, later.id]
    assert [d.claim_id for d in undated_list] == [undated.id]


def test_figures_without_a_subject_or_vague_amounts_never_conflict():
    weeks = claim("a", "after a gap of three weeks", quantity("three weeks", 3, "week"),
                  subject="", measure="duration")  # fmt: skip
    month = claim("b", "au moins un mois de retard", quantity("au moins un mois", 1, "month", ">="),
                  lang="fr", subject="", measure="duration")  # fmt: skip
    several = claim("c", "до нескольких сотен дронов", quantity("нескольких сотен", 300, "drone", "<=",
                    vague=True), lang="ru", subject="iran", measure="delivered")  # fmt: skip
    many = claim("d", "6.000 Drohnen geliefert", quantity("6.000", 6000, "drone"), lang="de",
                 subject="iran", measure="delivered")  # fmt: skip
    recon = reconcile([weeks, month, several, many],
                      docs(("a", "en", None), ("b", "fr", None), ("c", "ru", None), ("d", "de", None)))  # fmt: skip
    assert recon.conflicts() == []
    exact = claim("c", "до 300 дронов", quantity("до 300", 300, "drone", "<="), lang="ru",
                  subject="iran", measure="delivered")  # fmt: skip
    recon = reconcile([exact, many], docs(("c", "ru", None), ("d", "de", None)))
    assert len(recon.conflicts()) == 1


def test_rounding_to_three_figures_survives_the_largest_float() -> None:
    import sys

    from claimgraph.reconcile.values import round_significant

    assert round_significant(sys.float_info.max) == sys.float_info.max
    assert round_significant(6049.0) == 6050.0
    assert round_significant(-0.00012345) == -0.000123


def test_durations_about_one_subject_never_conflict_but_distances_do():
    # the profile marks duration `contradicts: false`: a gap in launches and a construction
    # delay are both about Russia, yet they time two different things
    weeks = claim("a", "after a gap of three weeks", quantity("three weeks", 3, "week"),
                  subject="russia", measure="duration")  # fmt: skip
    month = claim("b", "au moins un mois de retard", quantity("au moins un mois", 1, "month", ">="),
                  lang="fr", subject="russia", measure="duration")  # fmt: skip
    recon = reconcile([weeks, month], docs(("a", "en", None), ("b", "fr", None)))
    assert recon.conflicts() == []
    miles = claim("a", "600 miles east of Moscow", quantity("600 miles", 600, "mi"),
                  subject="alabuga", measure="distance")  # fmt: skip
    km = claim("b", "à 804 kilomètres", quantity("804 kilomètres", 804, "km"), lang="fr",
               subject="alabuga", measure="distance")  # fmt: skip
    recon = reconcile([miles, km], docs(("a", "en", None), ("b", "fr", None)))
    assert len(recon.conflicts()) == 1
