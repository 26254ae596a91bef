"""French and Spanish periods: how their spans start and which words let a month stand alone.

Sentences in the style of wire reports and press releases, resolved against Monday 7 November
2016 as the publication date. What a reader checks: the highlighted span is the expression
itself (the article before "próximo junio" or "juin 2016" is grammar, not date), and the period
is the right one.
"""

from __future__ import annotations

from datetime import date

import pytest

from claimgraph.extract.dates import extract_time_refs

REF = date(2016, 11, 7)  # a Monday


def found(lang: str, text: str) -> list[tuple[str, str | None, str | None]]:
    return [(r.text, r.start, r.end) for r in extract_time_refs(text, lang, REF)]


def _ids(cases: list) -> list[str]:
    return [f"{c[0]}:{c[1][:32]}" for c in cases]


# a month (or a season with its modifier) leaves its leading article out of the span
MONTH_ARTICLES = [
    (
        "es",
        "El ministerio prevé entregar los drones el próximo junio.",
        [("próximo junio", "2017-06-01", "2017-06-30")],
    ),
    (
        "es",
        "La planta empezó a producir el junio de 2016, según el informe.",
        [("junio de 2016", "2016-06-01", "2016-06-30")],
    ),
    (
        "es",
        "La ofensiva se reanudará la próxima primavera, dijo el portavoz.",
        [("próxima primavera", "2017-03-01", "2017-05-31")],
    ),
    (
        "fr",
        "Le contrat sera signé le juin prochain, selon le ministère.",
        [("juin prochain", "2017-06-01", "2017-06-30")],
    ),
    (
        "fr",
        "Les livraisons ont commencé le mars 2015.",
        [("mars 2015", "2015-03-01", "2015-03-31")],
    ),
    (
        "fr",
        "L'usine tournera à plein régime le printemps prochain.",
        [("printemps prochain", "2017-03-01", "2017-05-31")],
    ),
    # what keeps its article: "le mois de", a demonstrative, a bound, a bare season
    (
        "fr",
        "Les frappes ont doublé le mois de juin.",
        [("le mois de juin", "2016-06-01", "2016-06-30")],
    ),
    (
        "fr",
        "Les frappes ont doublé ce juin, a dit l'armée.",
        [("ce juin", "2016-06-01", "2016-06-30")],
    ),
    (
        "es",
        "Las entregas siguen desde el pasado septiembre.",
        [("desde el pasado septiembre", "2016-09-01", None)],
    ),
    (
        "fr",
        "Les attaques se sont multipliées l'été, selon l'ONU.",
        [("l'été", "2016-06-01", "2016-08-31")],
    ),
    (
        "es",
        "La fábrica abrió en el verano de 2016.",
        [("el verano de 2016", "2016-06-01", "2016-08-31")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "want"), MONTH_ARTICLES, ids=_ids(MONTH_ARTICLES))
def test_a_month_leaves_its_article_out(lang: str, text: str, want: list) -> None:
    assert found(lang, text) == want


# "dans" lets a month abbreviation stand alone in French; "jun"/"jul" are read as months
MONTH_CUES = [
    # (without a modifier a month is the last one, the news convention)
    ("fr", "Le dernier lot est arrivé dans déc.", [("déc.", "2015-12-01", "2015-12-31")]),
    ("fr", "Le lot est arrivé dans Jan", [("Jan", "2016-01-01", "2016-01-31")]),
    (
        "fr",
        "Production arrêtée Jun 2001, selon l'usine.",
        [("Jun 2001", "2001-06-01", "2001-06-30")],
    ),
    ("fr", "Le stock sera écoulé cette Jul", [("cette Jul", "2016-07-01", "2016-07-31")]),
    # without a cue an abbreviation that is also a word stays a word
    ("fr", "Il a signé en déc", [("déc", "2015-12-01", "2015-12-31")]),
    ("fr", "Le dec est tombé en panne.", []),
    ("es", "Volveré en dic", [("dic", "2015-12-01", "2015-12-31")]),
]


@pytest.mark.parametrize(("lang", "text", "want"), MONTH_CUES, ids=_ids(MONTH_CUES))
def test_a_month_abbreviation_with_its_cue(lang: str, text: str, want: list) -> None:
    assert found(lang, text) == want


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        ("fr", "Les pertes ont doublé l'année dernière.", ("année dernière", "2015-01-01")),
        ("fr", "Le budget double l'année prochaine.", ("année prochaine", "2017-01-01")),
        ("fr", "Un record depuis l'année passée.", ("depuis l'année passée", "2015-01-01")),
        ("es", "Las pérdidas se duplicaron el año pasado.", ("el año pasado", "2015-01-01")),
    ],
)
def test_last_and_next_year(lang: str, text: str, want: tuple[str, str]) -> None:
    assert [(r.text, r.start) for r in extract_time_refs(text, lang, REF)] == [want]


# "depuis" before two dates linked by "à" stays out of the range; before one date (even after
# "depuis le" is listed as a phrase of its own) it opens the bound
FRENCH_WEEKS_AND_RANGES = [
    (
        "Le bilan de la première semaine de 2016 est lourd.",
        [("première semaine de 2016", "2016-01-04", "2016-01-10")],
    ),
    (
        "L'usine est restée fermée depuis 2 oct à 22 octobre.",
        [("2 oct à 22 octobre", "2016-10-02", "2016-10-22")],
    ),
    (
        "Les livraisons sont suspendues depuis le 2 octobre.",
        [("depuis le 2 octobre", "2016-10-02", None)],
    ),
    (
        "Les prix montent après le 1er janvier et avant le 1er mars 2017.",
        [
            ("après le 1er janvier", "2016-01-02", None),
            ("avant le 1er mars 2017", None, "2017-02-28"),
        ],
    ),
]


# a bound word that is also the start of a longer bound phrase still opens its bound
@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        ("es", "Los precios suben desde el 2 de octubre.", ("desde el 2 de octubre", "2016-10-02")),
        ("es", "Los precios suben desde 2015.", ("desde 2015", "2015-01-01")),
        ("fr", "Les prix montent depuis 2015.", ("depuis 2015", "2015-01-01")),
    ],
)
def test_a_bound_opens_its_date(lang: str, text: str, want: tuple[str, str]) -> None:
    assert [(r.text, r.start) for r in extract_time_refs(text, lang, REF)] == [want]


@pytest.mark.parametrize(("text", "want"), FRENCH_WEEKS_AND_RANGES)
def test_french_weeks_and_ranges(text: str, want: list) -> None:
    assert found("fr", text) == want


def test_a_spanish_ordinal_week_keeps_its_article() -> None:
    assert found("es", "Los ataques crecieron la tercera semana de julio.") == [
        ("la tercera semana de julio", "2016-07-18", "2016-07-24")
    ]


# halves of any period: a year in months, a month ("quincena", "quinzaine") or a week in days
HALVES = [
    (
        "es",
        "La producción cayó en la primera mitad de 2016.",
        "primera mitad de 2016",
        "2016-01-01",
        "2016-06-30",
    ),
    (
        "es",
        "Las entregas se harán en la segunda quincena de este mes.",
        "segunda quincena de este mes",
        "2016-11-16",
        "2016-11-30",
    ),
    (
        "es",
        "Se registraron ataques en la 2ª mitad del año pasado.",
        "2ª mitad del año pasado",
        "2015-07-01",
        "2015-12-31",
    ),
    (
        "es",
        "Se esperan lluvias en la 2ª mitad de esta semana.",
        "2ª mitad de esta semana",
        "2016-11-10",
        "2016-11-13",
    ),
    (
        "fr",
        "Les livraisons reprendront la seconde quinzaine de juillet.",
        "seconde quinzaine de juillet",
        "2016-07-16",
        "2016-07-31",
    ),
    (
        "fr",
        "Les frappes ont doublé au cours de la première quinzaine du mois dernier.",
        "première quinzaine du mois dernier",
        "2016-10-01",
        "2016-10-15",
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "surface", "start", "end"), HALVES, ids=[f"{c[0]}:{c[2]}" for c in HALVES]
)
def test_halves_of_a_period(lang: str, text: str, surface: str, start: str, end: str) -> None:
    assert found(lang, text) == [(surface, start, end)]


# the weekend with its article is this week's (as "ce week-end"); "fin de semana" is never
# the end of a week; "the one after next"
WEEKENDS_AND_AFTER_NEXT = [
    (
        "es",
        "Los combates se intensificaron el fin de semana.",
        [("el fin de semana", "2016-11-12", "2016-11-13")],
    ),
    (
        "es",
        "Hubo ataques el fin de semana pasado.",
        [("el fin de semana pasado", "2016-11-05", "2016-11-06")],
    ),
    (
        "es",
        "Se votará el fin de semana después del próximo.",
        [("fin de semana después del próximo", "2016-11-26", "2016-11-27")],
    ),
    (
        "es",
        "La cumbre será la semana después de la próxima.",
        [("semana después de la próxima", "2016-11-21", "2016-11-27")],
    ),
    (
        "fr",
        "Des manifestations sont prévues le week-end.",
        [("le week-end", "2016-11-12", "2016-11-13")],
    ),
    (
        "fr",
        "Le sommet aura lieu le mois après le prochain.",
        [("le mois après le prochain", "2017-01-01", "2017-01-31")],
    ),
    # a count of weekends or every weekend is no date
    ("fr", "Le chantier a duré trois week-ends.", []),
    ("es", "Los mercados cierran los fines de semana.", []),
]


@pytest.mark.parametrize(
    ("lang", "text", "want"), WEEKENDS_AND_AFTER_NEXT, ids=_ids(WEEKENDS_AND_AFTER_NEXT)
)
def test_weekends_and_the_one_after_next(lang: str, text: str, want: list) -> None:
    assert found(lang, text) == want


# Spanish spans: a decade named by its noun leaves the article out ("los años 70" keeps
# "los"), "del" never opens a shifted unit, plural first/last days are the early/late part,
# "más temprano"/"más tarde"/"lo que queda de" are the part before/after the publication date
SPANISH_PARTS = [
    (
        "Los ataques empezaron en la década de 1990.",
        [("década de 1990", "1990-01-01", "1999-12-31")],
    ),
    ("Los ataques empezaron en los años 90.", [("los años 90", "1990-01-01", "1999-12-31")]),
    ("El plan de vacaciones del mes que viene.", [("mes que viene", "2016-12-01", "2016-12-31")]),
    (
        "Hubo ataques los últimos días del mes pasado.",
        [("últimos días del mes pasado", "2016-10-16", "2016-10-31")],
    ),
    (
        "Se reunirán los primeros días de la próxima semana.",
        [("primeros días de la próxima semana", "2016-11-14", "2016-11-16")],
    ),
    (
        "La cifra subió más temprano este mes.",
        [("más temprano este mes", "2016-11-01", "2016-11-07")],
    ),
    (
        "El acuerdo se firmará más tarde este año.",
        [("más tarde este año", "2016-11-07", "2016-12-31")],
    ),
    (
        "No habrá entregas en lo que queda del año.",
        [("lo que queda del año", "2016-11-07", "2016-12-31")],
    ),
    # "más tarde" after a count stays an offset
    ("El ataque llegó 3 días más tarde.", [("3 días más tarde", "2016-11-10", "2016-11-10")]),
]


@pytest.mark.parametrize(("text", "want"), SPANISH_PARTS)
def test_spanish_decades_and_parts(text: str, want: list) -> None:
    assert found("es", text) == want


# quarter and half codes, a month completed by "de l'année"/"del año", decades counted in
# "decenios", unaccented "ultima"
CODES_AND_YEARS = [
    ("fr", "Le chiffre d'affaires a reculé au Q1 2016.", [("Q1 2016", "2016-01-01", "2016-03-31")]),
    ("fr", "Les ventes ont progressé pendant H2 2016.", [("H2 2016", "2016-07-01", "2016-12-31")]),
    ("es", "Las ventas cayeron en el Q3 2016.", [("el Q3 2016", "2016-07-01", "2016-09-30")]),
    (
        "fr",
        "Les frappes ont repris en novembre de l'année 2015.",
        [("novembre de l'année 2015", "2015-11-01", "2015-11-30")],
    ),
    (
        "es",
        "Las entregas empezaron en noviembre del año 2015.",
        [("noviembre del año 2015", "2015-11-01", "2015-11-30")],
    ),
    (
        "es",
        "El conflicto creció en los últimos dos decenios.",
        [("últimos dos decenios", "1990-01-01", "2009-12-31")],
    ),
    (
        "es",
        "Los combates se agravaron la ultima semana de julio.",
        [("la ultima semana de julio", "2016-07-25", "2016-07-31")],
    ),
    (
        "fr",
        "Le programme sera étendu la décennie suivante.",
        [("la décennie suivante", "2020-01-01", "2029-12-31")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "want"), CODES_AND_YEARS, ids=_ids(CODES_AND_YEARS))
def test_codes_and_named_years(lang: str, text: str, want: list) -> None:
    assert found(lang, text) == want


# parts read from a bare "tard", "plus tôt dans", "plus tard dans"; "le mois à venir" (the
# plural "les semaines à venir" is no single week); a letter code needs its year
FRENCH_PARTS_AND_CODES = [
    (
        "Les frappes ont repris tard la semaine dernière.",
        [("tard la semaine dernière", "2016-11-03", "2016-11-06")],
    ),
    (
        "Le ministre l'a dit plus tôt dans la semaine.",
        [("plus tôt dans la semaine", "2016-11-07", "2016-11-07")],
    ),
    (
        "Les livraisons reprendront plus tard dans l'année.",
        [("plus tard dans l'année", "2016-11-07", "2016-12-31")],
    ),
    ("Le budget du mois à venir est voté.", [("mois à venir", "2016-12-01", "2016-12-31")]),
    ("Les combats vont durer dans les semaines à venir.", []),
    ("L'usine produira de l'H2 vert.", []),
    ("L'Audi Q3 a été présentée.", []),
    ("Les ventes ont chuté en 2016 H2.", [("2016 H2", "2016-07-01", "2016-12-31")]),
]


@pytest.mark.parametrize(("text", "want"), FRENCH_PARTS_AND_CODES)
def test_french_parts_and_codes(text: str, want: list) -> None:
    assert found("fr", text) == want


def test_a_spanish_code_needs_its_year() -> None:
    assert found("es", "El Audi Q3 llegó a Madrid.") == []
    assert found("es", "Las ventas subieron en el Q3 de 2016.") == [
        ("el Q3 de 2016", "2016-07-01", "2016-09-30")
    ]


# French: "2016.11" is a year and a month (decimals take a comma), a season with its year
# leaves the article out (a bare one keeps it, its cue), a possessive is the current unit ("ma semaine", "mon week-end")
FRENCH_FORMS = [
    (
        "Les ventes ont chuté en 2016.11, selon l'institut.",
        [("2016.11", "2016-11-01", "2016-11-30")],
    ),
    ("Un budget de 2015.3 millions d'euros.", []),
    ("Les frappes ont repris l'été 2016.", [("été 2016", "2016-06-01", "2016-08-31")]),
    ("Les frappes ont repris l'été.", [("l'été", "2016-06-01", "2016-08-31")]),
    ("Il a été élu.", []),
    ("Le ministre a chargé ma semaine.", [("ma semaine", "2016-11-07", "2016-11-13")]),
]


@pytest.mark.parametrize(("text", "want"), FRENCH_FORMS)
def test_french_year_months_seasons_and_possessives(text: str, want: list) -> None:
    assert found("fr", text) == want


# an open bound written after its date; fiscal and school years kept unresolved
BOUNDS_AFTER_AND_FISCAL_YEARS = [
    (
        "es",
        "Las entregas seguirán en 2018 o más tarde.",
        [("2018 o más tarde", "2018-01-01", None)],
    ),
    ("es", "Ventas del año 2012 o posterior.", [("año 2012 o posterior", "2012-01-01", None)]),
    ("es", "Llegó en 2015 y después se fue.", [("2015", "2015-01-01", "2015-12-31")]),
    (
        "fr",
        "Les livraisons reprendront en 2018 ou plus tard.",
        [("2018 ou plus tard", "2018-01-01", None)],
    ),
    (
        "fr",
        "Il est arrivé en 2015 et après la guerre il est parti.",
        [("2015", "2015-01-01", "2015-12-31")],
    ),
    ("es", "El déficit creció en el año fiscal 2008.", [("año fiscal 2008", None, None)]),
    ("fr", "Le déficit de l'exercice fiscal 2008 a crû.", [("exercice fiscal 2008", None, None)]),
    ("fr", "Les soldats ont fait un exercice.", []),
]


@pytest.mark.parametrize(
    ("lang", "text", "want"), BOUNDS_AFTER_AND_FISCAL_YEARS, ids=_ids(BOUNDS_AFTER_AND_FISCAL_YEARS)
)
def test_bounds_after_their_date_and_fiscal_years(lang: str, text: str, want: list) -> None:
    assert found(lang, text) == want


# "trimestre1" is a quarter code; a range link cues a numeric day only after a date ("il y a
# 2/3": "a" is the verb)
@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        (
            "fr",
            "Les ventes ont augmenté au cours de 2017-trimestre1.",
            [("2017-trimestre1", "2017-01-01", "2017-03-31")],
        ),
        ("fr", "Il y a 2-4 drones dans le ciel.", []),
        ("fr", "Le parti a 2/3 des sièges.", []),
        (
            "fr",
            "Les frappes ont eu lieu du 22/04 au 25/04.",
            [("du 22/04 au 25/04", "2016-04-22", "2016-04-25")],
        ),
        ("es", "El partido tiene a 2/3 de los votantes.", []),
    ],
)
def test_quarter_words_and_numeric_days(lang: str, text: str, want: list) -> None:
    assert found(lang, text) == want


# a Spanish day phrase keeps its article, as its relative units do ("el día siguiente"); the
# French drop it ("lendemain")
@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        (
            "es",
            "Los ataques siguieron el día siguiente.",
            [("el día siguiente", "2016-11-08", "2016-11-08")],
        ),
        (
            "es",
            "Llegó el día después de mañana.",
            [("el día después de mañana", "2016-11-09", "2016-11-09")],
        ),
        (
            "es",
            "Volvió el dia antes de ayer.",
            [("el dia antes de ayer", "2016-11-05", "2016-11-05")],
        ),
        ("fr", "Les frappes ont repris le lendemain.", [("lendemain", "2016-11-08", "2016-11-08")]),
    ],
)
def test_day_phrases_and_their_article(lang: str, text: str, want: list) -> None:
    assert found(lang, text) == want


# a year then a lower-case month abbreviation is that month ("2016, nov"), not before a noun
@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        ("fr", "Le rapport date de 2016, nov.", [("2016, nov.", "2016-11-01", "2016-11-30")]),
        ("fr", "En 2016, sept personnes sont mortes.", [("2016", "2016-01-01", "2016-12-31")]),
        ("es", "En 2016, mar adentro, se hundió.", [("2016", "2016-01-01", "2016-12-31")]),
    ],
)
def test_a_year_then_its_month(lang: str, text: str, want: list) -> None:
    assert found(lang, text) == want
