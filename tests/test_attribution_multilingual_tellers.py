"""Wire-style tellers in French, German, Spanish, Russian and Ukrainian: long subjects opening
their clause ("Une source proche du dossier au ministère de la Défense a déclaré"), quantified
tellers ("Plus de la moitié des sondés disent"), inverted tellers with their role ("a déclaré le
porte-parole de l'armée de l'air ukrainienne Iouri Ihnat"), and what must not be taken for one."""

from __future__ import annotations

import pytest

from attribution_pairs import told_pairs as _pairs
from claimgraph.extract.attribution import ALL_KINDS, find_attributions

LONG_SUBJECTS = [
    (
        "fr",
        "Une source proche du dossier au ministère de la Défense a déclaré que les livraisons"
        " avaient repris.",
        "Une source proche du dossier au ministère de la Défense",
        "a déclaré",
    ),
    (
        "fr",
        "Un responsable américain au courant des discussions a indiqué que l'accord était proche.",
        "Un responsable américain au courant des discussions",
        "a indiqué",
    ),
    (
        "fr",
        "Un rapport antérieur dans un journal du Nevada a affirmé que le sénateur avait utilisé"
        " les photos.",
        "Un rapport antérieur dans un journal du Nevada",
        "a affirmé",
    ),
    (
        "de",
        "Ein Sprecher des Verteidigungsministeriums der Ukraine sagte, die Angriffe gingen weiter.",
        "Ein Sprecher des Verteidigungsministeriums der Ukraine",
        "sagte",
    ),
    (
        "de",
        "Ein mit den Plänen vertrauter Beamter im Verteidigungsministerium sagte, die"
        " Lieferungen hätten begonnen.",
        "Ein mit den Plänen vertrauter Beamter im Verteidigungsministerium",
        "sagte",
    ),
    (
        "de",
        "Ein früherer Bericht in einer Zeitung aus Nevada sagte, der Senator habe die Fotos"
        " benutzt.",
        "Ein früherer Bericht in einer Zeitung aus Nevada",
        "sagte",
    ),
    (
        "es",
        "Un portavoz del Ministerio de Defensa de Ucrania dijo que los ataques continuaban.",
        "Un portavoz del Ministerio de Defensa de Ucrania",
        "dijo",
    ),
    (
        "es",
        "Un alto funcionario estadounidense al tanto de las conversaciones afirmó que el acuerdo"
        " estaba cerca.",
        "Un alto funcionario estadounidense al tanto de las conversaciones",
        "afirmó",
    ),
    (
        "ru",
        "Представитель Министерства обороны Украины заявил, что атаки продолжаются.",
        "Представитель Министерства обороны Украины",
        "заявил",
    ),
    (
        "ru",
        "Источник в Министерстве обороны России сообщил, что поставки возобновились.",
        "Источник в Министерстве обороны России",
        "сообщил",
    ),
    (
        "ru",
        "Источник при аппарате правительства рассказал, что решение уже принято.",
        "Источник при аппарате правительства",
        "рассказал",
    ),
    (
        "uk",
        "Речник Міністерства оборони України заявив, що атаки тривають.",
        "Речник Міністерства оборони України",
        "заявив",
    ),
    (
        "uk",
        "Джерело в Міністерстві оборони України повідомило, що поставки відновилися.",
        "Джерело в Міністерстві оборони України",
        "повідомило",
    ),
]


LONG_SUBJECTS += [
    # where the teller spoke is no part of the teller
    (
        "uk",
        "Речник Повітряних сил ЗСУ Юрій Ігнат в ефірі телемарафону заявив, що атаки тривають.",
        "Речник Повітряних сил ЗСУ Юрій Ігнат",
        "заявив",
    ),
    (
        "uk",
        "Ігнат у своєму Telegram-каналі повідомив, що атаки тривають.",
        "Ігнат",
        "повідомив",
    ),
    (
        "ru",
        "Пресс-секретарь президента Дмитрий Песков в интервью телеканалу заявил, что"
        " переговоров нет.",
        "Пресс-секретарь президента Дмитрий Песков",
        "заявил",
    ),
]


LONG_SUBJECTS += [
    # a name closed by an initial or a suffix with its dot
    (
        "fr",
        "Le sénateur John F. Kennedy Jr. a déclaré que la production augmenterait.",
        "Le sénateur John F. Kennedy Jr.",
        "a déclaré",
    ),
    (
        "de",
        "Der Sprecher von Rheinmetall Inc. sagte, die Produktion werde ausgeweitet.",
        "Der Sprecher von Rheinmetall Inc.",
        "sagte",
    ),
    (
        "es",
        "Lockheed Martin Corp. dijo que la producción aumentaría.",
        "Lockheed Martin Corp.",
        "dijo",
    ),
    (
        "ru",
        "Глава МИД России С. В. Лавров заявил, что переговоры возможны.",
        "Глава МИД России С. В. Лавров",
        "заявил",
    ),
    (
        "uk",
        "Міністр оборони Р. Умєров заявив, що поставки тривають.",
        "Міністр оборони Р. Умєров",
        "заявив",
    ),
]


LONG_SUBJECTS += [
    # a date between the subject and its verb stays out of the subject
    (
        "ru",
        "Источник в Министерстве обороны в понедельник сообщил, что поставки возобновились.",
        "Источник в Министерстве обороны",
        "сообщил",
    ),
    (
        "uk",
        "Джерело в Міністерстві оборони у понеділок повідомило, що поставки відновилися.",
        "Джерело в Міністерстві оборони",
        "повідомило",
    ),
    (
        "es",
        "Una fuente del Ministerio de Defensa el lunes dijo que las entregas se reanudaron.",
        "Una fuente del Ministerio de Defensa",
        "dijo",
    ),
]


@pytest.mark.parametrize(("lang", "text", "teller", "cue"), LONG_SUBJECTS)
def test_a_long_subject_opening_its_clause_is_the_teller(
    lang: str, text: str, teller: str, cue: str
):
    assert (teller, cue) in _pairs(text, lang)


QUANTIFIED = [
    (
        "fr",
        "Plus de la moitié des sondés disent que la guerre durera.",
        "Plus de la moitié des sondés",
        "disent",
    ),
    ("fr", "42 % des sondés disent que la guerre durera.", "42 % des sondés", "disent"),
    (
        "fr",
        "La majorité des personnes interrogées affirment que la guerre durera.",
        "La majorité des personnes interrogées",
        "affirment",
    ),
    (
        "fr",
        "Plus de six sur dix ont déclaré qu'ils voteraient.",
        "Plus de six sur dix",
        "ont déclaré",
    ),
    (
        "de",
        "Die Mehrheit der Befragten sagte, der Krieg werde lange dauern.",
        "Die Mehrheit der Befragten",
        "sagte",
    ),
    (
        "de",
        "Mehr als die Hälfte der Befragten sagten, der Krieg werde lange dauern.",
        "Mehr als die Hälfte der Befragten",
        "sagten",
    ),
    (
        "de",
        "42 Prozent der Befragten sagten, der Krieg werde lange dauern.",
        "42 Prozent der Befragten",
        "sagten",
    ),
    (
        "es",
        "Más de la mitad de los encuestados dijeron que la guerra duraría.",
        "Más de la mitad de los encuestados",
        "dijeron",
    ),
    (
        "es",
        "El 42 % de los encuestados dijo que la guerra duraría.",
        "El 42 % de los encuestados",
        "dijo",
    ),
    (
        "ru",
        "Более половины опрошенных заявили, что война продлится долго.",
        "Более половины опрошенных",
        "заявили",
    ),
    (
        "ru",
        "Большинство опрошенных заявили, что война продлится долго.",
        "Большинство опрошенных",
        "заявили",
    ),
    (
        "uk",
        "Понад половина опитаних заявили, що війна триватиме довго.",
        "Понад половина опитаних",
        "заявили",
    ),
    ("uk", "42% опитаних заявили, що війна триватиме довго.", "42% опитаних", "заявили"),
]


QUANTIFIED += [
    (
        "fr",
        "Trois Français sur quatre disent soutenir l'Ukraine.",
        "Trois Français sur quatre",
        "disent",
    ),
    (
        "fr",
        "Environ un tiers des personnes interrogées disent craindre une escalade.",
        "Environ un tiers des personnes interrogées",
        "disent",
    ),
    (
        "de",
        "Drei von vier Deutschen sagten, sie unterstützten die Ukraine.",
        "Drei von vier Deutschen",
        "sagten",
    ),
    (
        "de",
        "Rund ein Drittel der Befragten sagte, sie fürchteten eine Eskalation.",
        "Rund ein Drittel der Befragten",
        "sagte",
    ),
    (
        "es",
        "Casi el 60 % de los españoles cree que la ayuda debe continuar.",
        "Casi el 60 % de los españoles",
        "cree",
    ),
    (
        "ru",
        "Около трети опрошенных заявили, что боятся эскалации.",
        "Около трети опрошенных",
        "заявили",
    ),
    (
        "ru",
        "Каждый третий опрошенный заявил, что боится эскалации.",
        "Каждый третий опрошенный",
        "заявил",
    ),
    (
        "uk",
        "Троє з чотирьох українців кажуть, що підтримують армію.",
        "Троє з чотирьох українців",
        "кажуть",
    ),
]


@pytest.mark.parametrize(("lang", "text", "teller", "cue"), QUANTIFIED)
def test_a_share_of_the_people_polled_is_the_teller(lang: str, text: str, teller: str, cue: str):
    assert (teller, cue) in _pairs(text, lang)


INVERTED = [
    (
        "fr",
        "« Les drones ont été abattus », a déclaré le porte-parole de l'armée de l'air"
        " ukrainienne Iouri Ihnat.",
        "le porte-parole de l'armée de l'air ukrainienne Iouri Ihnat",
        "a déclaré",
    ),
    (
        "de",
        "„Die Drohnen wurden abgeschossen“, sagte der Sprecher der ukrainischen Luftwaffe,"
        " Jurij Ihnat.",
        "der Sprecher der ukrainischen Luftwaffe, Jurij Ihnat",
        "sagte",
    ),
    (
        "es",
        "«Los drones fueron derribados», dijo el portavoz de la Fuerza Aérea de Ucrania"
        " Yuri Ignat.",
        "el portavoz de la Fuerza Aérea de Ucrania Yuri Ignat",
        "dijo",
    ),
    (
        "ru",
        "«Дроны были сбиты», заявил представитель Воздушных сил Украины Юрий Игнат.",
        "представитель Воздушных сил Украины Юрий Игнат",
        "заявил",
    ),
    (
        "uk",
        "«Дрони були збиті», заявив речник Повітряних сил України Юрій Ігнат.",
        "речник Повітряних сил України Юрій Ігнат",
        "заявив",
    ),
]


INVERTED += [
    # an addressee between the verb and its teller is skipped
    (
        "fr",
        "« Nous continuerons », a déclaré à l'AFP le porte-parole du ministère des Affaires"
        " étrangères Nasser Kanani.",
        "le porte-parole du ministère des Affaires étrangères Nasser Kanani",
        "a déclaré",
    ),
    (
        "es",
        "«Seguiremos», dijo al diario El País un alto funcionario.",
        "un alto funcionario",
        "dijo",
    ),
]


@pytest.mark.parametrize(("lang", "text", "teller", "cue"), INVERTED)
def test_an_inverted_teller_keeps_its_role_and_name(lang: str, text: str, teller: str, cue: str):
    assert (teller, cue) in _pairs(text, lang)


NOT_TELLERS = [
    # a date or a place phrase before the subject stays out of it
    (
        "fr",
        "Lundi le ministère de la Défense a déclaré que les livraisons avaient repris.",
        "Lundi le ministère de la Défense",
    ),
    (
        "de",
        "Am Montag hat ein Sprecher der Regierung erklärt, die Lieferungen hätten begonnen.",
        "Am Montag hat ein Sprecher der Regierung",
    ),
    (
        "es",
        "El lunes el ministerio de Defensa dijo que los ataques continuaban.",
        "El lunes el ministerio de Defensa",
    ),
    (
        "ru",
        "В понедельник Министерство обороны заявило, что атаки продолжаются.",
        "В понедельник Министерство обороны",
    ),
    (
        "uk",
        "У понеділок Міністерство оборони заявило, що атаки тривають.",
        "У понеділок Міністерство оборони",
    ),
    # the addressee of an inverted verb is no teller
    ("fr", "« Nous continuerons », a déclaré au Monde le ministre.", "au Monde"),
    ("es", "«Seguiremos», afirmó a la AFP el portavoz.", "a la AFP"),
    # a verb inside the subject: the walk stops, no clause is taken for a teller
    (
        "fr",
        "Le porte-parole qui a démenti l'information a déclaré que rien n'avait changé.",
        "Le porte-parole qui a démenti l'information",
    ),
    (
        "de",
        "Der Sprecher, der die Meldung dementiert hatte, sagte, nichts habe sich geändert.",
        "Der Sprecher, der die Meldung dementiert hatte",
    ),
    (
        "ru",
        "Представитель, который опроверг сообщение, заявил, что ничего не изменилось.",
        "Представитель, который опроверг сообщение",
    ),
    (
        "uk",
        "Речник, який спростував повідомлення, заявив, що нічого не змінилося.",
        "Речник, який спростував повідомлення",
    ),
]


@pytest.mark.parametrize(("lang", "text", "not_teller"), NOT_TELLERS)
def test_no_teller_swallows_a_date_or_a_clause(lang: str, text: str, not_teller: str):
    assert all(teller != not_teller for teller, _ in _pairs(text, lang))


@pytest.mark.parametrize(
    ("lang", "text", "cue", "not_teller"),
    [
        (
            "fr",
            "Le porte-parole qui a démenti l'information a déclaré que rien n'avait changé.",
            "a déclaré",
            "l'information",
        ),
        (
            "es",
            "El portavoz que desmintió la información dijo que nada había cambiado.",
            "dijo",
            "la información",
        ),
    ],
)
def test_the_object_of_a_verb_inside_the_subject_tells_nothing(
    lang: str, text: str, cue: str, not_teller: str
):
    assert (not_teller, cue) not in _pairs(text, lang)


def test_a_wire_paragraph_in_french_names_each_teller():
    text = (
        "Un responsable américain au courant des discussions a indiqué que l'accord était"
        " proche. Plus de la moitié des sondés disent pourtant que la guerre durera."
    )
    tellers = [teller for teller, _ in _pairs(text, "fr")]
    assert tellers[:2] == [
        "Un responsable américain au courant des discussions",
        "Plus de la moitié des sondés",
    ]


@pytest.mark.parametrize(
    ("lang", "text", "name", "role"),
    [
        (
            "uk",
            "Речник Повітряних сил ЗСУ Юрій Ігнат в ефірі телемарафону заявив, що збито 40 дронів.",
            "Юрій Ігнат",
            "Речник Повітряних сил ЗСУ",
        ),
        (
            "ru",
            "Представитель ВСУ Юрий Игнат заявил, что сбито 40 дронов.",
            "Юрий Игнат",
            "Представитель ВСУ",
        ),
    ],
)
def test_a_role_ending_on_an_abbreviation_leaves_the_name_a_person(
    lang: str, text: str, name: str, role: str
):
    (att,) = [a for a in find_attributions(text, lang, kinds=ALL_KINDS) if a.chain]
    teller = att.chain[-1]
    assert (teller.name, teller.type, teller.role) == (name, "person", role)


def test_a_ministry_named_with_its_country_stays_a_government_body():
    text = "Министерство обороны России заявило, что было сбито 40 беспилотников."
    (att,) = [a for a in find_attributions(text, "ru", kinds=ALL_KINDS) if a.chain]
    assert (att.chain[-1].name, att.chain[-1].type) == ("Министерство обороны России", "government")
