"""A French wire report read as an analyst reads it: each figure's period comes from the
French time expressions around it, resolved against the publication date (12 March 2024).

"Il y a environ deux semaines" is a day two weeks back; "au premier trimestre de l'année" is the
first quarter of the publication year; "ces derniers mois" names no one month, so it must not
date a figure to February.
"""

from __future__ import annotations

from datetime import date

from claimgraph.extract.claims import extract_claims_from_text
from claimgraph.extract.dates import extract_time_refs

REPORT = (
    "KIEV, 12 mars (AFP) - La Russie a lancé 1 200 drones Shahed contre l'Ukraine ces derniers "
    "mois, selon l'armée de l'air ukrainienne. Il y a environ deux semaines, la défense "
    "aérienne a abattu 66 drones en une nuit. Au premier trimestre de l'année, Moscou a produit "
    "2 000 drones Geran-2, a affirmé un responsable ukrainien."
)


def _periods() -> dict[float, tuple[str, str | None, str | None]]:
    out = {}
    for c in extract_claims_from_text(REPORT, "fr", "2024-03-12"):
        if c.quantity is not None and c.quantity.value is not None and c.when is not None:
            out[c.quantity.value] = (c.when.text, c.when.start, c.when.end)
    return out


def test_each_figure_of_the_report_has_the_period_its_sentence_names() -> None:
    periods = _periods()
    assert periods[66.0] == ("Il y a environ deux semaines", "2024-02-27", "2024-02-27")
    assert periods[2000.0] == ("premier trimestre de l'année", "2024-01-01", "2024-03-31")
    # the vague "ces derniers mois" is no period of its own: not last month
    assert periods.get(1200.0, ("", None, None))[1:] != ("2024-02-01", "2024-02-29")


def test_the_report_holds_exactly_these_time_expressions() -> None:
    refs = extract_time_refs(REPORT, "fr", date(2024, 3, 12))
    assert [(r.text, r.start, r.end) for r in refs] == [
        ("12 mars", "2024-03-12", "2024-03-12"),
        ("Il y a environ deux semaines", "2024-02-27", "2024-02-27"),
        ("premier trimestre de l'année", "2024-01-01", "2024-03-31"),
    ]
