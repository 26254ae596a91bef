"""Nights in six languages: which two days a night spans depends on how each language names it.

A night runs from the evening of one day into the next. The languages name it from either end:

- from its evening: en "the night of 21 November" (and "of 21 to 22 November"), fr "la nuit du
  21 novembre" (and "du 21 au 22"), es "la noche del 21 de noviembre": 21 -> 22;
- from its morning: ru "в ночь на 22 ноября", uk "у ніч на 22 листопада", de "in der Nacht zum
  22. November", es "la madrugada del 22" (its small hours), en "the night to 22 November",
  "overnight into Saturday": 21 -> 22 as well, the day named being the one it ends on.

Without a date ("overnight", "anoche", "durante la noche", "esta madrugada", "cette nuit", "in
der Nacht", "этой ночью", "минулої ночі") a report speaks of the night that ended on its
publication morning: an air-force summary published on Saturday 22 November covers 21 -> 22.
"""

from __future__ import annotations

from datetime import date

import pytest

from claimgraph.extract.dates import extract_time_refs

PUBLISHED = date(2025, 11, 22)  # a Saturday
NIGHT = ("2025-11-21", "2025-11-22")


def nights(lang: str, text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    return [
        (r.text, r.start, r.end, r.granularity) for r in extract_time_refs(text, lang, PUBLISHED)
    ]


# ---------------------------------------------------------------- dated nights
DATED = [
    # named from its evening
    (
        "en",
        "Russia launched 84 drones in the night of 21 November, the Air Force said.",
        "in the night of 21 November",
    ),
    (
        "en",
        "Russia launched 84 drones on the night of 21 to 22 November.",
        "on the night of 21 to 22 November",
    ),
    (
        "en",
        "Air defence was active on the night between 21 and 22 November.",
        "on the night between 21 and 22 November",
    ),
    (
        "fr",
        "Dans la nuit du 21 au 22 novembre, la Russie a lancé 84 drones.",
        "Dans la nuit du 21 au 22 novembre",
    ),
    (
        "fr",
        "Dans la nuit du 21 novembre, la Russie a lancé 84 drones.",
        "Dans la nuit du 21 novembre",
    ),
    (
        "fr",
        "Dans la nuit de vendredi à samedi, la Russie a lancé 84 drones.",
        "Dans la nuit de vendredi à samedi",
    ),
    (
        "es",
        "En la noche del 21 de noviembre, Rusia lanzó 84 drones.",
        "En la noche del 21 de noviembre",
    ),
    (
        "es",
        "En la noche del 21 al 22 de noviembre, Rusia lanzó 84 drones.",
        "En la noche del 21 al 22 de noviembre",
    ),
    (
        "es",
        "Rusia lanzó 84 drones la noche del viernes al sábado.",
        "la noche del viernes al sábado",
    ),
    (
        "de",
        "In der Nacht vom 21. auf den 22. November griff Russland mit 84 Drohnen an.",
        "In der Nacht vom 21. auf den 22. November",
    ),
    (
        "de",
        "In der Nacht von Freitag auf Samstag griff Russland mit 84 Drohnen an.",
        "In der Nacht von Freitag auf Samstag",
    ),
    (
        "ru",
        "В ночь с 21 на 22 ноября Россия запустила 84 беспилотника.",
        "В ночь с 21 на 22 ноября",
    ),
    (
        "ru",
        "В ночь с пятницы на субботу Россия запустила 84 беспилотника.",
        "В ночь с пятницы на субботу",
    ),
    (
        "uk",
        "У ніч з 21 на 22 листопада Росія запустила 84 ударні БпЛА.",
        "У ніч з 21 на 22 листопада",
    ),
    (
        "uk",
        "У ніч з п'ятниці на суботу Росія запустила 84 ударні БпЛА.",
        "У ніч з п'ятниці на суботу",
    ),
    # named from its morning
    ("en", "Russia launched 84 drones on the night to 22 November.", "on the night to 22 November"),
    (
        "en",
        "Russia launched 84 drones overnight into Saturday, officials said.",
        "overnight into Saturday",
    ),
    (
        "es",
        "En la madrugada del 22 de noviembre, Rusia lanzó 84 drones.",
        "En la madrugada del 22 de noviembre",
    ),
    (
        "es",
        "En la madrugada de este sábado, Rusia lanzó 84 drones.",
        "En la madrugada de este sábado",
    ),
    (
        "de",
        "In der Nacht zum 22. November griff Russland mit 84 Drohnen an.",
        "In der Nacht zum 22. November",
    ),
    ("de", "In der Nacht zu Samstag griff Russland mit 84 Drohnen an.", "In der Nacht zu Samstag"),
    ("ru", "В ночь на 22 ноября Россия запустила 84 беспилотника.", "В ночь на 22 ноября"),
    ("ru", "В ночь на субботу Россия запустила 84 беспилотника.", "В ночь на субботу"),
    ("uk", "У ніч на 22 листопада Росія запустила 84 ударні БпЛА.", "У ніч на 22 листопада"),
    ("uk", "У ніч проти суботи Росія запустила 84 ударні БпЛА.", "У ніч проти суботи"),
]


@pytest.mark.parametrize(("lang", "text", "span"), DATED)
def test_a_dated_night_spans_the_evening_and_the_morning_it_names(
    lang: str, text: str, span: str
) -> None:
    assert nights(lang, text) == [(span, *NIGHT, "night")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Russia launched 84 drones in the night of 21 November."),
        ("fr", "La Russie a lancé 84 drones dans la nuit du 21 novembre."),
        ("es", "Rusia lanzó 84 drones en la noche del 21 de noviembre."),
    ],
)
def test_the_night_of_a_day_starts_on_that_day(lang: str, text: str) -> None:
    (ref,) = extract_time_refs(text, lang, PUBLISHED)
    assert (ref.start, ref.end) == ("2025-11-21", "2025-11-22")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "Россия запустила 84 беспилотника в ночь на 21 ноября."),
        ("uk", "Росія запустила 84 ударні БпЛА в ніч на 21 листопада."),
        ("de", "Russland griff in der Nacht zum 21. November mit 84 Drohnen an."),
        ("es", "Rusia lanzó 84 drones en la madrugada del 21 de noviembre."),
        ("en", "Russia launched 84 drones on the night to 21 November."),
        ("fr", "La Russie a lancé 84 drones dans la nuit du 20 au 21 novembre."),
    ],
)
def test_the_night_to_a_day_ends_on_that_day(lang: str, text: str) -> None:
    (ref,) = extract_time_refs(text, lang, PUBLISHED)
    assert (ref.start, ref.end) == ("2025-11-20", "2025-11-21")


# ---------------------------------------------------------------- nights named from the report
RELATIVE = [
    ("en", "Russia launched 84 drones overnight, the Air Force said.", "overnight"),
    ("en", "Russia launched 84 drones last night, the Air Force said.", "last night"),
    ("es", "Anoche Rusia lanzó 84 drones contra Ucrania.", "Anoche"),
    ("es", "Durante la noche, Rusia lanzó 84 drones contra Ucrania.", "Durante la noche"),
    ("es", "Esta madrugada Rusia lanzó 84 drones contra Ucrania.", "Esta madrugada"),
    ("es", "Rusia atacó Kiev de madrugada con 84 drones.", "de madrugada"),
    ("es", "La pasada madrugada Rusia lanzó 84 drones.", "La pasada madrugada"),
    ("es", "En la noche de ayer Rusia lanzó 84 drones.", "En la noche de ayer"),
    ("fr", "Cette nuit, la Russie a lancé 84 drones sur l'Ukraine.", "Cette nuit"),
    ("fr", "La nuit dernière, la Russie a lancé 84 drones.", "La nuit dernière"),
    ("de", "In der Nacht griff Russland die Ukraine mit 84 Drohnen an.", "In der Nacht"),
    ("de", "Vergangene Nacht griff Russland die Ukraine mit 84 Drohnen an.", "Vergangene Nacht"),
    ("ru", "Этой ночью Россия запустила 84 беспилотника.", "Этой ночью"),
    ("ru", "Минувшей ночью Россия запустила 84 беспилотника.", "Минувшей ночью"),
    ("uk", "Минулої ночі Росія запустила 84 ударні БпЛА.", "Минулої ночі"),
    ("uk", "Цієї ночі Росія запустила 84 ударні БпЛА.", "Цієї ночі"),
]


@pytest.mark.parametrize(("lang", "text", "span"), RELATIVE)
def test_an_undated_night_is_the_one_that_ended_on_the_publication_morning(
    lang: str, text: str, span: str
) -> None:
    assert nights(lang, text) == [(span, *NIGHT, "night")]


def test_an_undated_night_without_a_publication_date_stays_unresolved() -> None:
    (ref,) = extract_time_refs("Durante la noche, Rusia lanzó 84 drones.", "es", None)
    assert (ref.text, ref.start, ref.end) == ("Durante la noche", None, None)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Las alarmas sonaron a las 3 de la madrugada."),  # an hour, not a night
        ("es", "La noche de los cuchillos largos sigue siendo un símbolo."),
        ("en", "The night of the long knives is still a byword."),
    ],
)
def test_a_night_word_without_a_day_is_no_date(lang: str, text: str) -> None:
    assert nights(lang, text) == []
