"""A weekday with a bare day number names a day that falls on that weekday ("Sunday 31")."""

from __future__ import annotations

from datetime import date

import pytest

from claimgraph.extract.dates import extract_time_refs

REF = date(2019, 1, 25)  # a Friday; the latest Sunday the 31st before it is 31 December 2017

SUNDAY_31 = [
    ("en", "The convoy left on Sunday 31, officials said."),
    ("fr", "Le convoi est parti le dimanche 31, selon des responsables."),
    ("de", "Der Konvoi brach am Sonntag, dem 31. auf."),
    ("es", "El convoy partió el domingo 31, según funcionarios."),
    ("ru", "Колонна вышла в воскресенье 31-го."),
    ("uk", "Колона вийшла в неділю 31-го."),
]


@pytest.mark.parametrize(("lang", "text"), SUNDAY_31, ids=[c[0] for c in SUNDAY_31])
def test_sunday_31_is_the_latest_31st_that_was_a_sunday(lang: str, text: str) -> None:
    refs = extract_time_refs(text, lang, REF)
    assert [(r.start, r.end) for r in refs] == [("2017-12-31", "2017-12-31")]


def test_the_weekday_picks_among_recent_months() -> None:
    # 31 December 2018 was a Monday: the nearest 31st before the reference, and on that weekday
    refs = extract_time_refs("It happened on Monday 31.", "en", REF)
    assert [(r.start, r.end) for r in refs] == [("2018-12-31", "2018-12-31")]
    # a day number alone keeps the news reading: the latest such day not after the reference
    refs = extract_time_refs("It happened on the 13th.", "en", REF)
    assert [(r.start, r.end) for r in refs] == [("2019-01-13", "2019-01-13")]
