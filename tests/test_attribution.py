"""Attribution chains: who tells each statement, read on the real samples and on wire-style
sentences in every supported language."""

from __future__ import annotations

import pytest

from claimgraph.extract.attribution import (
    ALL_KINDS,
    Attribution,
    attribution_for,
    find_attributions,
)
from claimgraph.records import Span


def _chain_for(text: str, lang: str, phrase: str) -> list[tuple[str, str]]:
    """(name, type) of the tellers of the statement containing ``phrase``."""
    start = text.index(phrase)
    att = attribution_for(find_attributions(text, lang), Span(start, start + len(phrase)))
    assert att is not None, f"no attribution covers {phrase!r}"
    return [(s.name, s.type) for s in att.chain]


def _names(text: str, lang: str, phrase: str) -> list[str]:
    return [n for n, _ in _chain_for(text, lang, phrase)]


# --------------------------------------------------------------------------- the samples


def test_rnd_article_chains_match_the_gold(seeds_dir):
    text = (seeds_dir / "000_417ffefe938d1bfc.txt").read_text(encoding="utf-8")
    # the source of the WSJ report is named in the next sentence
    assert _chain_for(text, "en", "the aim is to produce up to 6,000 drones") == [
        ("Wall Street Journal", "outlet"),
        ("unnamed US officials", "anonymous"),
    ]
    ihnat = find_attributions(text, "en")
    spokesman = next(a for a in ihnat if a.chain and a.chain[-1].name == "Yuriy Ihnat")
    assert spokesman.chain[-1].type == "person"
    assert spokesman.chain[-1].role == "air force spokesman"
    # the following sentence continues the statement; the quote's speaker comes after it
    assert _names(text, "en", "84 of these drones alone were launched") == ["Yuriy Ihnat"]
    assert _names(text, "en", "100 percent of the drones were shot down") == ["Yuriy Ihnat"]
    # "he said" is the deputy intelligence chief named just before
    assert _names(text, "en", "More than 1000 of them have not even been delivered") == [
        "Vadym Skibizkij"
    ]
    assert _names(text, "en", "It takes time for delivery and preparation") == ["Vadym Skibizkij"]
    # "the newspaper quoted US government officials as saying"
    assert _chain_for(text, "en", "The two countries are aiming to build a faster drone") == [
        ("Wall Street Journal", "outlet"),
        ("US government officials", "anonymous"),
    ]
    # the article's own voice has no teller
    start = text.index("the Kremlin wants to build a factory")
    assert (
        attribution_for(
            [
                a
                for a in find_attributions(text, "en")
                if a.content.overlaps(Span(start, start + 30))
            ],
            Span(start, start + 30),
        )
        is None
    )


def test_translated_cnn_article(seeds_dir):
    text = (seeds_dir / "001_4884c0e8cb92d681.txt").read_text(encoding="utf-8")
    assert _chain_for(text, "en", "90 % of the production steps") == [
        ("Analysts and secret service officers", "group")
    ] or _chain_for(text, "en", "90 % of the production steps")[0][0] == (
        "Analysts and secret service officers"
    )
    assert _chain_for(text, "en", "Alabuga now produces more than 5,500 units per month") == [
        ("Ukrainian military intelligence", "agency")
    ]
    teller = _chain_for(text, "en", "Russia paid an average of $ 200,000")
    assert teller == [("a source of Ukrainian military intelligence", "anonymous")]
    # the next quotation, with no verb of its own, is the same source speaking on
    assert _chain_for(text, "en", "this amount fell to around $ 70,000") == teller


def test_french_article_relays_the_washington_post(seeds_dir):
    text = (seeds_dir / "002_c439a4a123958bf1.txt").read_text(encoding="utf-8")
    # ", a rapporté vendredi le Washington Post": the teller after an inverted verb
    assert _chain_for(text, "fr", "a été contrainte de se réfugier dans son hôtel") == [
        ("Washington Post", "outlet")
    ]
    # the rest of the paragraph relays the same report
    assert _names(text, "fr", "6 000 unités à l'armée russe") == ["Washington Post"]
    assert _names(text, "fr", "plus de 1 600 kilomètres") == ["Washington Post"]
    # "Le journal révèle que": the newspaper named before
    assert _names(text, "fr", "des centaines d'employés") == ["Washington Post"]
    # "Une source anonyme citée par le Washington Post indique que"
    assert _chain_for(text, "fr", "le Mossad est à l'origine de la frappe") == [
        ("Washington Post", "outlet"),
        ("Une source anonyme", "anonymous"),
    ]
    assert _chain_for(text, "fr", "l'attaque avait échoué") == [
        ("ministère iranien de la Défense", "government")
    ]


def test_wire_style_article(seeds_dir):
    text = (seeds_dir / "003_07bfecfded68885e.txt").read_text(encoding="utf-8")
    assert _chain_for(text, "en", "with 15 Iranian-made Shahid-136/131 suicide drones") == [
        ("Ukrainian Air Force", "agency")
    ]
    assert _names(text, "en", "after a gap of three weeks") == ["Ukrainian Air Force"]
    # "he insisted" after British intelligence spoke
    assert _names(text, "en", "including hundreds of ballistic missiles") == [
        "British intelligence"
    ]
    kirby = _chain_for(text, "en", "We are concerned that Russia intends")
    assert kirby == [("John Kirby", "person")]


def test_cradle_article(seeds_dir):
    text = (seeds_dir / "004_f5a9a532205b37f8.txt").read_text(encoding="utf-8")
    # "The officials say they expect": the unnamed officials of the previous paragraph
    assert _names(text, "en", "hundreds of drones to Russia") == ["unnamed officials"]
    assert _chain_for(text, "en", "up to several hundred UAVs") == [("White House", "government")]
    assert _names(text, "en", "these drones will soon be deployed") == [
        "unnamed officials",
        "White House",
    ]
    person = next(
        a.chain[-1]
        for a in find_attributions(text, "en")
        if a.chain and a.chain[-1].name == "Hossein Amir-Abdollahian"
    )
    assert person.type == "person" and person.role == "Iranian Foreign Minister"


# --------------------------------------------------------------------------- rule families


@pytest.mark.parametrize(
    ("lang", "text", "phrase", "chain"),
    [
        # teller before the verb
        (
            "en",
            "The Ukrainian Air Force said on Sunday that 40 drones were shot down.",
            "40 drones",
            [("Ukrainian Air Force", "agency")],
        ),
        (
            "fr",
            "Le ministère russe de la Défense a affirmé que 40 drones avaient été abattus.",
            "40 drones",
            [("ministère russe de la Défense", "government")],
        ),
        (
            "de",
            "Die ukrainische Luftwaffe teilte mit, dass 40 Drohnen abgeschossen wurden.",
            "40 Drohnen",
            [("ukrainische Luftwaffe", "agency")],
        ),
        (
            "es",
            "El Ministerio de Defensa ruso afirmó que 40 drones fueron derribados.",
            "40 drones",
            [("Ministerio de Defensa ruso", "government")],
        ),
        (
            "ru",
            "Министерство обороны России заявило, что было сбито 40 беспилотников.",
            "40 беспилотников",
            [("Министерство обороны России", "government")],
        ),
        (
            "uk",
            "Повітряні сили ЗСУ повідомили, що знищено 40 із 45 ударних дронів.",
            "40 із 45",
            [("Повітряні сили ЗСУ", "agency")],
        ),
        # teller after an inverted verb
        (
            "en",
            "Forty drones were shot down overnight, said Yuriy Ihnat.",
            "Forty drones",
            [("Yuriy Ihnat", "person")],
        ),
        (
            "fr",
            "Quarante drones ont été abattus, a indiqué samedi l'armée de l'air.",
            "Quarante drones",
            [("l'armée de l'air", "agency")],
        ),
        (
            "de",
            "Die Luftabwehr habe 40 Drohnen abgeschossen, sagte ein Sprecher der Luftwaffe.",
            "40 Drohnen",
            [("ein Sprecher der Luftwaffe", "person")],
        ),
        (
            "es",
            "Fueron derribados 40 drones, informó el portavoz militar.",
            "40 drones",
            [("portavoz militar", "person")],
        ),
        (
            "ru",
            "За ночь было сбито 40 дронов, сообщил представитель Воздушных сил Юрий Игнат.",
            "40 дронов",
            [("Юрий Игнат", "person")],
        ),
        (
            "uk",
            "За ніч збито 40 дронів, повідомив речник Повітряних сил Юрій Ігнат.",
            "40 дронів",
            [("Юрій Ігнат", "person")],
        ),
        # according to
        (
            "en",
            "According to the Pentagon, 40 drones were delivered.",
            "40 drones",
            [("Pentagon", "government")],
        ),
        (
            "fr",
            "Selon l'agence Reuters, 40 drones ont été livrés.",
            "40 drones",
            [("Reuters", "outlet")],
        ),
        (
            "de",
            "Laut der Nachrichtenagentur dpa wurden 40 Drohnen geliefert.",
            "40 Drohnen",
            [("dpa", "outlet")],
        ),
        (
            "es",
            "Según fuentes de inteligencia, se entregaron 40 drones.",
            "40 drones",
            [("fuentes de inteligencia", "anonymous")],
        ),
        ("ru", "По данным ГУР, Россия получила 40 дронов.", "40 дронов", [("ГУР", "agency")]),
        ("uk", "За даними ГУР, Росія отримала 40 дронів.", "40 дронів", [("ГУР", "agency")]),
    ],
)
def test_teller_around_the_cue(lang, text, phrase, chain):
    got = _chain_for(text, lang, phrase)
    assert [n.lower() for n, _ in got] == [n.lower() for n, _ in chain]
    assert [t for _, t in got] == [t for _, t in chain]


@pytest.mark.parametrize(
    ("lang", "text", "said"),
    [
        ("en", "“We shot down 40 drones,” the spokesman said.", "We shot down 40 drones"),
        ("en", 'Ihnat said: "We shot down 40 drones."', "We shot down 40 drones."),
        (
            "fr",
            "« Nous avons abattu 40 drones », a déclaré le porte-parole.",
            "Nous avons abattu 40 drones",
        ),
        (
            "de",
            "„Wir haben 40 Drohnen abgeschossen“, sagte der Sprecher.",
            "Wir haben 40 Drohnen abgeschossen",
        ),
        (
            "de",
            "»Wir haben 40 Drohnen abgeschossen«, sagte der Sprecher.",
            "Wir haben 40 Drohnen abgeschossen",
        ),
        ("es", "«Derribamos 40 drones», dijo el portavoz.", "Derribamos 40 drones"),
        ("ru", "«Мы сбили 40 дронов», — заявил Игнат.", "Мы сбили 40 дронов"),
        ("uk", "‹Ми збили 40 дронів›, — заявив Ігнат.", "Ми збили 40 дронів"),
        # edited or scraped copy mixes marks: a curly opening closed by a straight one
        ("en", '“We shot down 40 drones," the spokesman said.', "We shot down 40 drones"),
        ("en", '"We shot down 40 drones,” the spokesman said.', "We shot down 40 drones"),
    ],
)
def test_quotations_in_every_style(lang, text, said):
    atts = [a for a in find_attributions(text, lang) if not a.inherited]
    assert len(atts) == 1
    att = atts[0]
    assert text[att.content.start : att.content.end].strip() == said
    assert att.quote is not None and att.chain


@pytest.mark.parametrize(
    ("lang", "text", "phrase", "chain"),
    [
        (
            "en",
            "The Washington Post reported that 6,000 drones are planned. It relies on unnamed US officials.",
            "6,000 drones",
            ["Washington Post", "unnamed US officials"],
        ),
        (
            "en",
            "Reuters, citing two Western diplomats, reported that 300 drones were delivered.",
            "300 drones",
            ["Reuters", "two Western diplomats"],
        ),
        (
            "fr",
            "Une source diplomatique citée par l'AFP affirme que 300 drones ont été livrés.",
            "300 drones",
            ["AFP", "Une source diplomatique"],
        ),
        (
            "de",
            "Der Spiegel berichtete unter Berufung auf Geheimdienstkreise, dass 300 Drohnen geliefert wurden.",
            "300 Drohnen",
            ["Der Spiegel", "Geheimdienstkreise"],
        ),
        (
            "es",
            "Una fuente anónima citada por el diario El País dijo que se entregaron 300 drones.",
            "300 drones",
            ["El País", "Una fuente anónima"],
        ),
        (
            "ru",
            "Газета Wall Street Journal со ссылкой на источники сообщает, что поставлено 300 дронов.",
            "300 дронов",
            ["Wall Street Journal", "источники"],
        ),
        (
            "uk",
            "Видання Wall Street Journal з посиланням на джерела повідомляє, що поставлено 300 дронів.",
            "300 дронів",
            ["Wall Street Journal", "джерела"],
        ),
    ],
)
def test_relayed_chains(lang, text, phrase, chain):
    assert [n.lower() for n in _names(text, lang, phrase)] == [n.lower() for n in chain]


@pytest.mark.parametrize(
    ("lang", "text", "phrase", "kind"),
    [
        (
            "en",
            "A senior Western official told reporters that 90 drones had arrived.",
            "90 drones",
            "anonymous",
        ),
        ("en", "Two Western officials said 90 drones had arrived.", "90 drones", "anonymous"),
        (
            "fr",
            "Une source anonyme a affirmé que 90 drones étaient arrivés.",
            "90 drones",
            "anonymous",
        ),
        (
            "de",
            "Ungenannte Beamte sagten, dass 90 Drohnen angekommen seien.",
            "90 Drohnen",
            "anonymous",
        ),
        ("es", "Fuentes anónimas dijeron que llegaron 90 drones.", "90 drones", "anonymous"),
        ("ru", "Неназванный источник сообщил, что прибыло 90 дронов.", "90 дронов", "anonymous"),
        ("uk", "Неназване джерело повідомило, що прибуло 90 дронів.", "90 дронів", "anonymous"),
        ("en", "Analysts believe that 90 % of the parts are made locally.", "90 %", "group"),
        (
            "fr",
            "Les experts estiment que 90 % des pièces sont produites localement.",
            "90 %",
            "group",
        ),
    ],
)
def test_anonymous_and_group_tellers(lang, text, phrase, kind):
    assert _chain_for(text, lang, phrase)[-1][1] == kind


@pytest.mark.parametrize(
    ("lang", "text", "name", "role"),
    [
        (
            "en",
            "Air force spokesman Yuriy Ihnat said 40 drones were destroyed.",
            "Yuriy Ihnat",
            "Air force spokesman",
        ),
        (
            "en",
            "John Kirby, spokesman for the National Security Council, said 40 drones were sent.",
            "John Kirby",
            "spokesman for the National Security Council",
        ),
        (
            "fr",
            "Le porte-parole Iouri Ihnat a déclaré que 40 drones ont été détruits.",
            "Iouri Ihnat",
            "porte-parole",
        ),
        (
            "es",
            "Según el portavoz de la Fuerza Aérea, Yuriy Ihnat, fueron destruidos 40 drones.",
            "Yuriy Ihnat",
            "el portavoz de la Fuerza Aérea",
        ),
        (
            "ru",
            "Пресс-секретарь Кремля Дмитрий Песков заявил, что 40 дронов уничтожены.",
            "Дмитрий Песков",
            "Пресс-секретарь Кремля",
        ),
        (
            "uk",
            "Речник Повітряних сил Юрій Ігнат заявив, що знищено 40 дронів.",
            "Юрій Ігнат",
            "Речник Повітряних сил",
        ),
    ],
)
def test_person_with_role(lang, text, name, role):
    teller = next(a.chain[-1] for a in find_attributions(text, lang) if a.chain)
    assert (teller.name, teller.type, teller.role) == (name, "person", role)


@pytest.mark.parametrize(
    ("lang", "text", "phrase", "name"),
    [
        (
            "en",
            "Ihnat is the air force's voice. On Sunday, Yuriy Ihnat said 40 drones were downed. "
            "Most were Shaheds, Ihnat said.",
            "Most were Shaheds",
            "Yuriy Ihnat",
        ),
        (
            "fr",
            "Iouri Ihnat a déclaré que 40 drones ont été abattus. Il a ajouté que 30 étaient des Shahed.",
            "30 étaient",
            "Iouri Ihnat",
        ),
        (
            "de",
            "Juri Ihnat sagte, 40 Drohnen seien abgeschossen worden. Er fügte hinzu, dass 30 Shahed waren.",
            "30 Shahed",
            "Juri Ihnat",
        ),
        (
            "es",
            "Yuriy Ihnat dijo que se derribaron 40 drones. Él añadió que 30 eran Shahed.",
            "30 eran",
            "Yuriy Ihnat",
        ),
        (
            "ru",
            "Юрий Игнат заявил, что сбито 40 дронов. Он добавил, что 30 из них были «шахедами».",
            "30 из них",
            "Юрий Игнат",
        ),
        (
            "uk",
            "Юрій Ігнат заявив, що збито 40 дронів. Він додав, що 30 з них були «шахедами».",
            "30 з них",
            "Юрій Ігнат",
        ),
    ],
)
def test_pronouns_and_surnames_resolve_to_the_named_teller(lang, text, phrase, name):
    assert _names(text, lang, phrase)[-1] == name


def test_statement_carried_between_two_cues_of_the_same_teller():
    text = (
        "Forty drones were launched overnight, according to spokesman Yuriy Ihnat. "
        "Thirty of them came from Kursk. “All were destroyed,” Ihnat said."
    )
    assert _names(text, "en", "Thirty of them came from Kursk") == ["Yuriy Ihnat"]
    inherited = [a for a in find_attributions(text, "en") if a.inherited]
    assert inherited and all(a.cue is None for a in inherited)


def test_no_attribution_in_own_voice_or_for_nouns_and_names():
    text = (
        "Russia launched 40 drones overnight. The report was long. "
        "The United States sent aid. Officials' plans changed."
    )
    assert find_attributions(text, "en") == []


def test_intentions_and_findings_only_when_asked_for():
    text = "The Kremlin wants to build 6,000 drones. A new poll shows that 60 % oppose the war."
    assert find_attributions(text, "en") == []
    kinds = {a.kind for a in find_attributions(text, "en", kinds=ALL_KINDS)}
    assert kinds == {"intention", "evidence"}


def test_spans_index_into_the_text(seeds_dir):
    for path in sorted(seeds_dir.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        lang = "fr" if path.name.startswith("002") else "en"
        for att in find_attributions(text, lang):
            assert isinstance(att, Attribution)
            assert 0 <= att.content.start <= att.content.end <= len(text)
            for source in att.chain:
                assert source.span is None or text[source.span.start : source.span.end].strip()


@pytest.mark.parametrize("lang", ["en", "fr", "de", "es", "ru", "uk"])
def test_every_cue_phrase_of_the_language_data_matches_whole(lang):
    # the phrase index keyed by first two tokens finds every phrase, longest first
    from claimgraph.extract.a_lexicon import lexicon

    lex = lexicon(lang)
    for phrases in (lex.cues, lex.according_to, lex.citing, lex.quoting_verbs):
        for entries in phrases.by_first.values():
            for toks, label in entries:
                hit = phrases.match([*toks, "."], 0)
                assert hit is not None and hit[0] >= len(toks), (lang, toks)
                if hit[0] == len(toks):
                    assert hit[1] == label or any(t == toks and lab == hit[1] for t, lab in entries)
