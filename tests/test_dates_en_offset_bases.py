"""A count from a day named without its year ("2 weeks from January 15", "3 days after
Tuesday", "2 weeks before Christmas") counts from the occurrence of that day nearest the
publication date when the coming one is clearly nearer (less than half as far as the past one);
otherwise from the past one, as every bare date in the news.

Published on Monday 7 November 2016.
"""

from __future__ import annotations

from datetime import date

import pytest

from claimgraph.extract.dates import extract_time_refs

REF = date(2016, 11, 7)


def found(lang: str, text: str) -> list[tuple[str, str | None, str | None]]:
    return [(r.text, r.start, r.end) for r in extract_time_refs(text, lang, REF)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # January 15 is ten weeks ahead, ten months back: the coming one
        (
            "en",
            "Talks will resume 2 weeks from January 15, the ministry said.",
            ("2 weeks from January 15", "2017-01-29"),
        ),
        (
            "de",
            "Die Lieferungen beginnen 3 Tage nach dem 12. Januar.",
            ("3 Tage nach dem 12. Januar", "2017-01-15"),
        ),
        (
            "fr",
            "Les livraisons commencent 3 jours après le 12 janvier.",
            ("3 jours après le 12 janvier", "2017-01-15"),
        ),
        # Christmas is seven weeks ahead
        (
            "en",
            "The deal is due 2 weeks before Christmas.",
            ("2 weeks before Christmas", "2016-12-11"),
        ),
        (
            "es",
            "El pago vence 2 semanas antes de Navidad.",
            ("2 semanas antes de Navidad", "2016-12-11"),
        ),
        (
            "de",
            "Die Zahlung ist 2 Wochen vor Weihnachten fällig.",
            ("2 Wochen vor Weihnachten", "2016-12-11"),
        ),
        (
            "fr",
            "Le paiement est dû 2 semaines avant Noël.",
            ("2 semaines avant Noël", "2016-12-11"),
        ),
        # Tuesday is tomorrow, last Tuesday six days back
        ("en", "Deliveries start 3 days after Tuesday.", ("3 days after Tuesday", "2016-11-11")),
    ],
)
def test_a_count_from_a_day_in_sight(lang: str, text: str, expected: tuple[str, str]) -> None:
    span, day = expected
    assert found(lang, text) == [(span, day, day)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # May 1 is about as far back as ahead: the news convention, the past one
        ("en", "The strike came two weeks after May 1.", ("two weeks after May 1", "2016-05-15")),
        # a modifier or a year decides, not the distance
        (
            "en",
            "The plant opened 2 weeks after last Christmas.",
            ("2 weeks after last Christmas", "2016-01-08"),
        ),
        (
            "en",
            "It happened 2 weeks before May 13 1999.",
            ("2 weeks before May 13 1999", "1999-04-29"),
        ),
    ],
)
def test_a_count_from_a_day_far_either_way_or_fixed(
    lang: str, text: str, expected: tuple[str, str]
) -> None:
    span, day = expected
    assert found(lang, text) == [(span, day, day)]
